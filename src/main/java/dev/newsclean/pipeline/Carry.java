package dev.newsclean.pipeline;

import dev.newsclean.io.Json;
import dev.newsclean.model.Article;
import dev.newsclean.model.Reject;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.Map;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.PCollectionView;

/**
 * Carrying a previous run's work over to this one: its state entries and its output lines, for the
 * inputs a rerun does not clean again (docs/state.md, "Reruns").
 */
final class Carry {

  private Carry() {}

  /** Whether an input's output is carried: unchanged, and its pages judged as before. */
  static boolean carried(
      String path, Map<String, InputFile> unchanged, Map<String, Iterable<Boolean>> again) {
    return path != null && unchanged.containsKey(path) && !again.containsKey(path);
  }

  /**
   * A step that copies what it carries from each file of the previous run into temp files named
   * after that file ({@link BundleFiles}, {@link ContentKey}), as the cleaning steps write theirs,
   * and sends their names and the bundle's counts on.
   */
  abstract static class CarryFn extends DoFn<String, Shard> {
    private final String tempDir;
    final OnceMap<String, InputFile> unchanged;
    final OnceMap<String, Iterable<Boolean>> again;
    transient OutcomeCounts counts;
    transient BundleFiles bundle;
    transient String key;

    CarryFn(
        String tempDir,
        PCollectionView<Map<String, InputFile>> unchanged,
        PCollectionView<Map<String, Iterable<Boolean>>> again) {
      this.tempDir = tempDir;
      this.unchanged = new OnceMap<>(unchanged);
      this.again = new OnceMap<>(again);
    }

    @StartBundle
    public void start() {
      counts = new OutcomeCounts();
    }

    @ProcessElement
    public void process(@Element String file, ProcessContext context) throws IOException {
      counts.touched = true;
      key = ContentKey.of(getClass().getSimpleName() + ":" + file);
      bundle = new BundleFiles(tempDir, counts, null, null);
      carry(file, context);
      for (Shard shard : bundle.close(key)) {
        context.output(shard);
      }
      bundle = null;
    }

    /** Carries what {@code file} holds of the unchanged inputs into {@link #bundle}. */
    abstract void carry(String file, ProcessContext context) throws IOException;

    /** Where the records this element carries go. */
    String recordsPath() {
      return BundleFiles.path(tempDir, CleanFiles.RECORDS, key);
    }

    /** Whether the input at {@code path} is carried over ({@link CarryOver#carried}). */
    boolean carries(String path, ProcessContext context) {
      return carried(path, unchanged.get(context), again.get(context));
    }

    @FinishBundle
    public void finish(FinishBundleContext context) {
      OutcomeCounts.emit(context, counts);
      counts = null;
    }
  }

  /**
   * The state entries of the carried inputs, copied into this run's state, and what the report
   * counts of them beyond their output lines (their documents' formats, removed shares, template
   * lines, their skips); every input of the previous run is counted, for the report's {@code gone}.
   */
  static final class CarryStateFn extends CarryFn {
    private final boolean writeState;

    CarryStateFn(
        String tempDir,
        boolean writeState,
        PCollectionView<Map<String, InputFile>> unchanged,
        PCollectionView<Map<String, Iterable<Boolean>>> again) {
      super(tempDir, unchanged, again);
      this.writeState = writeState;
    }

    @Override
    void carry(String file, ProcessContext context) throws IOException {
      CarryOver.entries(
          file,
          e -> {
            if (e.isInput()) {
              counts.priorInputs++;
            }
            if (!carries(e.path(), context)) {
              return;
            }
            if (e.isInput() && e.skips() != null) {
              e.skips().forEach((kind, n) -> counts.skips.merge(kind, n, Long::sum));
            } else if (e.isDocument()) {
              counts.carriedDocument(e.format(), e.share(), e.site(), e.template());
            }
            if (writeState) {
              bundle.state(e.isInput() ? e.withStat(unchanged.get(context).get(e.path())) : e);
            }
          });
    }
  }

  /**
   * The carried inputs' records, removed lines and rejects, copied from the previous output into
   * this run's temp files (records of a previous {@code duplicates} file among them, unflagged:
   * this run flags again), and counted for the report. A line belongs to the input whose path its
   * {@code source} is, or starts with before a {@code #} (a record inside a container).
   */
  static final class CarryOutputsFn extends CarryFn {
    private final boolean fingerprints;
    private final OnceMap<String, PriorInput> priorInputs;
    private final org.apache.beam.sdk.metrics.Counter records =
        RunMetrics.counter(RunMetrics.RECORDS);

    CarryOutputsFn(
        String tempDir,
        boolean fingerprints,
        PCollectionView<Map<String, PriorInput>> priorInputs,
        PCollectionView<Map<String, InputFile>> unchanged,
        PCollectionView<Map<String, Iterable<Boolean>>> again) {
      super(tempDir, unchanged, again);
      this.fingerprints = fingerprints;
      this.priorInputs = new OnceMap<>(priorInputs);
    }

    @Override
    void carry(String file, ProcessContext context) throws IOException {
      Map<String, PriorInput> inputs = priorInputs.get(context);
      String name = file.substring(file.lastIndexOf('/') + 1);
      String kind = name.substring(0, Math.max(0, name.indexOf('-')));
      try (BufferedReader in = TempFiles.reader(file)) {
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          if (line.isEmpty()) {
            continue;
          }
          switch (kind) {
            case CleanFiles.RECORDS, MarkDuplicates.DUPLICATES -> {
              Map<String, String> head = Json.fields(line, HEAD);
              String input = input(head.get("source"), inputs);
              if (!carries(input, context)) {
                continue;
              }
              if (fingerprints
                  || head.containsKey("duplicate_of")
                  || head.containsKey("duplicate_kind")) {
                record(Json.read(line, Article.class), line, inputs.get(input).since(), context);
              } else {
                bundle.copy(CleanFiles.RECORDS, line);
                bundle.counts.carriedRecord(head.get("site"));
                records.inc();
              }
            }
            case CleanFiles.REMOVED -> {
              Map<String, String> removal = Json.fields(line, REMOVAL);
              if (carries(input(removal.get("source"), inputs), context)) {
                bundle.copy(CleanFiles.REMOVED, line);
                bundle.counts.carriedRemoval(removal.get("rule"), removal.get("text"));
              }
            }
            case CleanFiles.REJECTS -> {
              Reject reject = Json.read(line, Reject.class);
              if (carries(input(reject.source(), inputs), context)) {
                bundle.copy(CleanFiles.REJECTS, line);
                bundle.counts.rejected(reject);
              }
            }
            default -> throw new IllegalStateException("not an output file: " + file);
          }
        }
      }
    }

    /**
     * The fields of a record line needed to carry it without its text: its input, its site for the
     * report, its flags.
     */
    private static final java.util.Set<String> HEAD =
        java.util.Set.of("source", "site", "duplicate_of", "duplicate_kind");

    /** The fields of a removed line the report counts (read as strings, without a full bind). */
    private static final java.util.Set<String> REMOVAL = java.util.Set.of("source", "rule", "text");

    private void record(Article article, String line, long since, ProcessContext context) {
      if (article.duplicateOf() != null || article.duplicateKind() != null) {
        article = article.withDuplicate(null, null);
        bundle.writeValue(CleanFiles.RECORDS, article);
      } else {
        bundle.copy(CleanFiles.RECORDS, line);
      }
      bundle.counts.carriedArticle(article);
      records.inc();
      if (fingerprints) {
        context.output(
            CleanDocuments.FINGERPRINTS,
            Fingerprint.of(article.id(), recordsPath(), article.text(), since));
      }
    }

    /**
     * The previous run's input a line's {@code source} belongs to: the longest of it and its
     * prefixes before a {@code #} that was an input.
     */
    static String input(String source, Map<String, PriorInput> inputs) {
      if (source == null) {
        return null;
      }
      for (int cut = source.length(); cut > 0; cut = source.lastIndexOf('#', cut - 1)) {
        String candidate = source.substring(0, cut);
        if (inputs.containsKey(candidate)) {
          return candidate;
        }
      }
      return null;
    }
  }
}
