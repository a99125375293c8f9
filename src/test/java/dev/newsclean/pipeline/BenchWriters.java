package dev.newsclean.pipeline;

import dev.newsclean.bench.HeapWatch;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.beam.runners.direct.DirectOptions;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.io.GenerateSequence;
import org.apache.beam.sdk.io.TextIO;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.transforms.Contextful;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.transforms.join.CoGroupByKey;
import org.apache.beam.sdk.transforms.join.KeyedPCollectionTuple;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TupleTag;

/**
 * Issue 9's question: would Beam's own {@code FileIO.writeDynamic} hold memory as flat as the
 * hand-made bundle writer ({@link BundleFiles} and {@link FinalizeOutputs})? Writes N synthetic
 * documents (a 3,000-character record, or a reject for one in 50, and five removed lines each) on
 * the DirectRunner, one way per JVM, and prints time and heap:
 *
 * <ul>
 *   <li>{@code bundle}: our writer, temp files per bundle moved into place;
 *   <li>{@code dynamic}: {@code FileIO.writeDynamic} by output kind, lines as elements;
 *   <li>{@code joined}: the same after joining every record with its duplicate flag ({@code
 *       CoGroupByKey} by id), which is what flagging duplicates needs when records are elements
 *       rather than files (ours rewrites only the files that hold a flagged record).
 * </ul>
 *
 * <p>{@code java -Xmx2g -cp target/test-classes:target/newsclean-0.1.0-SNAPSHOT-all.jar
 * dev.newsclean.pipeline.BenchWriters MODE N}
 */
public final class BenchWriters {

  private static final int RECORD_CHARS = 3_000;
  private static final int REMOVED_PER_DOC = 5;
  private static final int REJECT_EVERY = 50;
  private static final int FLAG_EVERY = 20;

  private BenchWriters() {}

  public static void main(String[] args) throws Exception {
    String mode = args[0];
    long n = Long.parseLong(args[1]);
    Path work = Files.createTempDirectory("newsclean-writers-");
    // Warm-up on a small run, then the measured one.
    run(mode, 2_000, work.resolve("warm"));
    System.gc();
    HeapWatch heap = HeapWatch.start();
    long start = System.nanoTime();
    run(mode, n, work.resolve("out"));
    double seconds = (System.nanoTime() - start) / 1e9;
    long[] peaks = heap.stop();
    long lines;
    try (var files = Files.list(work.resolve("out"))) {
      lines = 0;
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        try (var l = Files.lines(f)) {
          lines += l.count();
        }
      }
    }
    System.out.printf(
        Locale.ROOT,
        "%-8s %,9d docs %,10d lines %7.1f s   heap: peak used %5.0f MB, after any GC %5.0f MB, live %5.0f MB%n",
        mode,
        n,
        lines,
        seconds,
        peaks[0] / 1e6,
        peaks[1] / 1e6,
        peaks[2] / 1e6);
    OutputFolder.deleteTree(work);
  }

  private static void run(String mode, long n, Path out) throws IOException {
    Files.createDirectories(out);
    DirectOptions options = PipelineOptionsFactory.create().as(DirectOptions.class);
    options.setEnforceImmutability(false);
    options.setEnforceEncodability(false);
    Pipeline p = Pipeline.create(options);
    PCollection<Long> ids = p.apply("Ids", GenerateSequence.from(0).to(n));
    if (mode.equals("bundle")) {
      // As the product does: a document's lines are written where they are made.
      String temp = out + "/.temp";
      ids.apply("WriteBundles", ParDo.of(new BundleWriteFn(temp)))
          .setCoder(ShardCoder.of())
          .apply("Finalize", new FinalizeOutputs(out.toString(), temp));
      p.run().waitUntilFinish();
      return;
    }
    // writeDynamic writes elements: the lines become a collection between making and writing.
    PCollection<KV<String, String>> lines =
        ids.apply("Documents", ParDo.of(new DocumentLinesFn()))
            .setCoder(KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of()));
    switch (mode) {
      case "dynamic" -> dynamic(lines, out);
      case "joined" -> dynamic(joined(lines), out);
      default -> throw new IllegalArgumentException("mode: bundle, dynamic or joined");
    }
    p.run().waitUntilFinish();
  }

  private static void dynamic(PCollection<KV<String, String>> lines, Path out) {
    lines.apply(
        "WriteDynamic",
        FileIO.<String, KV<String, String>>writeDynamic()
            .by(KV::getKey)
            .withDestinationCoder(StringUtf8Coder.of())
            .via(Contextful.fn(KV::getValue), TextIO.sink())
            .to(out.toString())
            .withNaming(kind -> FileIO.Write.defaultNaming(kind, ".jsonl")));
  }

  /** Every line keyed by its document, joined with the document's flag (one in 20 has one). */
  private static PCollection<KV<String, String>> joined(PCollection<KV<String, String>> lines) {
    TupleTag<String> lineTag = new TupleTag<>();
    TupleTag<String> flagTag = new TupleTag<>();
    var byDoc =
        lines
            .apply("ByDocument", ParDo.of(new ByDocumentFn()))
            .setCoder(KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of()));
    var flags =
        lines
            .apply("Flags", ParDo.of(new FlagFn()))
            .setCoder(KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of()));
    return KeyedPCollectionTuple.of(lineTag, byDoc)
        .and(flagTag, flags)
        .apply("Join", CoGroupByKey.create())
        .apply("Flagged", ParDo.of(new FlaggedFn(lineTag, flagTag)))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of()));
  }

  /** One document's lines: (kind, line). */
  static final class DocumentLinesFn extends DoFn<Long, KV<String, String>> {
    @ProcessElement
    public void process(@Element Long id, OutputReceiver<KV<String, String>> out) {
      lines(id, out::output);
    }
  }

  /** One document's lines: a record (or a reject, one in 50) and five removed lines. */
  static void lines(long id, java.util.function.Consumer<KV<String, String>> out) {
    String doc = "doc-" + id;
    if (id % REJECT_EVERY == 0) {
      out.accept(KV.of(CleanFiles.REJECTS, "{\"id\":\"" + doc + "\",\"reason\":\"no_text\"}"));
    } else {
      StringBuilder text = new StringBuilder();
      while (text.length() < RECORD_CHARS) {
        text.append("Word ").append(id).append(" of the article text. ");
      }
      out.accept(KV.of(CleanFiles.RECORDS, "{\"id\":\"" + doc + "\",\"text\":\"" + text + "\"}"));
    }
    for (int i = 0; i < REMOVED_PER_DOC; i++) {
      out.accept(
          KV.of(
              CleanFiles.REMOVED,
              "{\"id\":\""
                  + doc
                  + "\",\"rule\":\"ad.marker\",\"line\":\"Advertisement "
                  + i
                  + "\"}"));
    }
  }

  /** Our writer: the bundle's lines in its temp files, named from the ids that went in. */
  static final class BundleWriteFn extends DoFn<Long, Shard> {
    private final String temp;
    private transient BundleFiles files;
    private transient ContentKey key;

    BundleWriteFn(String temp) {
      this.temp = temp;
    }

    @StartBundle
    public void start() {
      files = new BundleFiles(temp, null, null);
      key = new ContentKey();
    }

    @ProcessElement
    public void process(@Element Long id) {
      lines(id, line -> files.copy(line.getKey(), line.getValue()));
      key.add("doc-" + id);
    }

    @FinishBundle
    public void finish(FinishBundleContext c) throws IOException {
      List<Shard> shards = files.close(key.value());
      for (Shard shard : shards) {
        c.output(
            shard,
            org.apache.beam.sdk.transforms.windowing.GlobalWindow.INSTANCE.maxTimestamp(),
            org.apache.beam.sdk.transforms.windowing.GlobalWindow.INSTANCE);
      }
    }
  }

  /** (document id, "kind\tline"). */
  static final class ByDocumentFn extends DoFn<KV<String, String>, KV<String, String>> {
    @ProcessElement
    public void process(@Element KV<String, String> line, OutputReceiver<KV<String, String>> out) {
      out.output(KV.of(idOf(line.getValue()), line.getKey() + "\t" + line.getValue()));
    }
  }

  /** A duplicate flag for one record in {@link #FLAG_EVERY}. */
  static final class FlagFn extends DoFn<KV<String, String>, KV<String, String>> {
    @ProcessElement
    public void process(@Element KV<String, String> line, OutputReceiver<KV<String, String>> out) {
      String id = idOf(line.getValue());
      if (line.getKey().equals(CleanFiles.RECORDS)
          && Long.parseLong(id.substring(4)) % FLAG_EVERY == 1) {
        out.output(KV.of(id, "doc-0"));
      }
    }
  }

  /** A document's lines again, its record with the flag written in. */
  static final class FlaggedFn extends DoFn<KV<String, CoGbkResult>, KV<String, String>> {
    private final TupleTag<String> lineTag;
    private final TupleTag<String> flagTag;

    FlaggedFn(TupleTag<String> lineTag, TupleTag<String> flagTag) {
      this.lineTag = lineTag;
      this.flagTag = flagTag;
    }

    @ProcessElement
    public void process(
        @Element KV<String, CoGbkResult> doc, OutputReceiver<KV<String, String>> out) {
      String flag = doc.getValue().getOnly(flagTag, null);
      for (String tagged : doc.getValue().getAll(lineTag)) {
        int tab = tagged.indexOf('\t');
        String kind = tagged.substring(0, tab);
        String line = tagged.substring(tab + 1);
        if (flag != null && kind.equals(CleanFiles.RECORDS)) {
          line = line.substring(0, line.length() - 1) + ",\"duplicate_of\":\"" + flag + "\"}";
        }
        out.output(KV.of(kind, line));
      }
    }
  }

  private static String idOf(String line) {
    int start = line.indexOf("\"id\":\"") + 6;
    return line.substring(start, line.indexOf('"', start));
  }
}
