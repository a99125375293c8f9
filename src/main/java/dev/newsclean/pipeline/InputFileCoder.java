package dev.newsclean.pipeline;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.beam.sdk.coders.AtomicCoder;

/**
 * {@link InputFile} and {@link PriorInput} as their fields, not Java serialization: on a rerun the
 * maps of every input by path ({@code UnchangedMap}, {@code PriorInputsMap}) are side inputs, which
 * the DirectRunner copies whole each time a step reads them.
 */
final class InputFileCoder {

  private InputFileCoder() {}

  static AtomicCoder<InputFile> files() {
    return Files.INSTANCE;
  }

  static AtomicCoder<PriorInput> priors() {
    return Priors.INSTANCE;
  }

  private static final class Files extends AtomicCoder<InputFile> {
    static final Files INSTANCE = new Files();

    @Override
    public void encode(InputFile file, OutputStream outStream) throws IOException {
      DataOutputStream out = new DataOutputStream(outStream);
      out.writeUTF(file.resource());
      out.writeLong(file.size());
      out.writeLong(file.modified());
      out.writeUTF(file.hash());
      out.writeLong(file.since());
      out.flush();
    }

    @Override
    public InputFile decode(InputStream inStream) throws IOException {
      DataInputStream in = new DataInputStream(inStream);
      return new InputFile(in.readUTF(), in.readLong(), in.readLong(), in.readUTF(), in.readLong());
    }

    @Override
    public void verifyDeterministic() {}
  }

  private static final class Priors extends AtomicCoder<PriorInput> {
    static final Priors INSTANCE = new Priors();

    @Override
    public void encode(PriorInput prior, OutputStream outStream) throws IOException {
      DataOutputStream out = new DataOutputStream(outStream);
      out.writeUTF(prior.hash() == null ? "" : prior.hash());
      out.writeUTF(prior.code() == null ? "" : prior.code());
      out.writeLong(prior.since());
      out.writeLong(prior.size());
      out.writeLong(prior.modified());
      out.flush();
    }

    @Override
    public PriorInput decode(InputStream inStream) throws IOException {
      DataInputStream in = new DataInputStream(inStream);
      return new PriorInput(
          in.readUTF(), in.readUTF(), in.readLong(), in.readLong(), in.readLong());
    }

    @Override
    public void verifyDeterministic() {}
  }
}
