package dev.newsclean.pipeline;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.beam.sdk.coders.AtomicCoder;

/** {@link Shard} as kind, path and line count: the finalize step's grouping copies these often. */
final class ShardCoder extends AtomicCoder<Shard> {

  private static final ShardCoder INSTANCE = new ShardCoder();

  static ShardCoder of() {
    return INSTANCE;
  }

  @Override
  public void encode(Shard shard, OutputStream outStream) throws IOException {
    DataOutputStream out = new DataOutputStream(outStream);
    out.writeUTF(shard.kind());
    out.writeUTF(shard.path());
    out.writeLong(shard.lines());
    out.flush();
  }

  @Override
  public Shard decode(InputStream inStream) throws IOException {
    DataInputStream in = new DataInputStream(inStream);
    return new Shard(in.readUTF(), in.readUTF(), in.readLong());
  }

  @Override
  public void verifyDeterministic() {}
}
