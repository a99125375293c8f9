package dev.newsclean.pipeline;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.beam.sdk.coders.AtomicCoder;

/**
 * {@link OutcomeCounts} field by field (maps as sorted key, value pairs). The report's grouping
 * copies every bundle's counts more than once on the DirectRunner, so Java serialization of the
 * boxed maps was the run's largest overhead after parsing.
 */
final class OutcomeCountsCoder extends AtomicCoder<OutcomeCounts> {

  private static final OutcomeCountsCoder INSTANCE = new OutcomeCountsCoder();

  static OutcomeCountsCoder of() {
    return INSTANCE;
  }

  @Override
  public void encode(OutcomeCounts c, OutputStream outStream) throws IOException {
    DataOutputStream out = new DataOutputStream(outStream);
    out.writeLong(c.records);
    out.writeLong(c.priorInputs);
    out.writeLong(c.priorPresent);
    for (TreeMap<String, Long> counts :
        java.util.List.of(
            c.rejects, c.skips, c.removed, c.formats, c.sites, c.templateLines, c.duplicates)) {
      out.writeInt(counts.size());
      for (Map.Entry<String, Long> e : counts.entrySet()) {
        writeText(out, e.getKey());
        out.writeLong(e.getValue());
      }
    }
    for (long bucket : c.removedShare) {
      out.writeLong(bucket);
    }
    for (TreeMap<String, TreeSet<OutcomeCounts.Example>> examples :
        java.util.List.of(c.rejectExamples, c.removedExamples)) {
      out.writeInt(examples.size());
      for (Map.Entry<String, TreeSet<OutcomeCounts.Example>> e : examples.entrySet()) {
        writeText(out, e.getKey());
        out.writeInt(e.getValue().size());
        for (OutcomeCounts.Example example : e.getValue()) {
          writeText(out, example.text());
        }
      }
    }
    out.flush();
  }

  @Override
  public OutcomeCounts decode(InputStream inStream) throws IOException {
    DataInputStream in = new DataInputStream(inStream);
    OutcomeCounts c = new OutcomeCounts();
    c.records = in.readLong();
    c.priorInputs = in.readLong();
    c.priorPresent = in.readLong();
    for (TreeMap<String, Long> counts :
        java.util.List.of(
            c.rejects, c.skips, c.removed, c.formats, c.sites, c.templateLines, c.duplicates)) {
      int n = in.readInt();
      for (int i = 0; i < n; i++) {
        counts.put(readText(in), in.readLong());
      }
    }
    for (int i = 0; i < c.removedShare.length; i++) {
      c.removedShare[i] = in.readLong();
    }
    for (TreeMap<String, TreeSet<OutcomeCounts.Example>> examples :
        java.util.List.of(c.rejectExamples, c.removedExamples)) {
      int n = in.readInt();
      for (int i = 0; i < n; i++) {
        String key = readText(in);
        int m = in.readInt();
        TreeSet<OutcomeCounts.Example> kept = new TreeSet<>();
        for (int j = 0; j < m; j++) {
          kept.add(OutcomeCounts.Example.of(readText(in)));
        }
        examples.put(key, kept);
      }
    }
    return c;
  }

  /** Any length (writeUTF stops at 64 KB). */
  private static void writeText(DataOutputStream out, String text) throws IOException {
    byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  private static String readText(DataInputStream in) throws IOException {
    byte[] bytes = new byte[in.readInt()];
    in.readFully(bytes);
    return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
  }
}
