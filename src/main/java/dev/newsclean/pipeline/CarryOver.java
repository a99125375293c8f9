package dev.newsclean.pipeline;

import dev.newsclean.clean.MinHash;
import dev.newsclean.clean.SiteLines;
import dev.newsclean.clean.SiteTemplate;
import dev.newsclean.io.Json;
import dev.newsclean.model.Article;
import dev.newsclean.model.Reject;
import dev.newsclean.model.Removal;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.windowing.GlobalWindow;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.TupleTag;

/**
 * The steps of a rerun (docs/state.md, "Reruns"): which inputs are unchanged since the previous
 * run, what their pages add to their sites' counts, which of them this run's site templates would
 * clean differently, and the carrying over of the rest: their records, removed lines and rejects
 * from the previous output, their state entries, and what the report counts of them. Each step
 * reads the state or output files itself (one file per element), so nothing of the previous run is
 * held in memory between steps; the small per-input facts travel as map side inputs.
 */
final class CarryOver {

  private CarryOver() {}

  static final TupleTag<InputFile> EXTRACT = new TupleTag<>() {};
  static final TupleTag<KV<String, InputFile>> UNCHANGED = new TupleTag<>() {};
  static final TupleTag<InputFile> AGAIN = new TupleTag<>() {};
  static final TupleTag<KV<String, Boolean>> CHANGED = new TupleTag<>() {};
  static final TupleTag<KV<String, String>> PRESENT = new TupleTag<>() {};
  static final TupleTag<KV<String, SiteLines>> EARLIER_PAGES = new TupleTag<>() {};
  static final TupleTag<KV<String, SiteLines>> UNCHANGED_PAGES = new TupleTag<>() {};

  /**
   * A map side input copied into a plain map the first time an instance of a step reads it. The
   * view of a batch run is complete before any element is processed and the same for all of them,
   * while a runner may rebuild its map on every read (the DirectRunner does: per element, that made
   * a rerun of 5,000 files slower than cleaning them).
   */
  static final class OnceMap<K, V> implements java.io.Serializable {
    private final PCollectionView<Map<K, V>> view;
    private transient Map<K, V> map;

    OnceMap(PCollectionView<Map<K, V>> view) {
      this.view = view;
    }

    Map<K, V> get(DoFn<?, ?>.ProcessContext context) {
      if (map == null) {
        map = new java.util.HashMap<>(context.sideInput(view));
      }
      return map;
    }
  }

  /**
   * What the previous run knew of an input: the hash of its bytes, the code that cleaned it, the
   * run it was first read in.
   */
  record PriorInput(String hash, String code, long since) implements java.io.Serializable {}

  /**
   * The elements of a collection, passed on only once {@code signal} is complete, in the bundles
   * they came in: each upstream bundle's elements share a key, and a {@code GroupByKey} with the
   * signal's one element holds them all until the signal is in. For a step whose side input is
   * built from {@code signal}: a runner may otherwise retry its elements in new bundles until the
   * side input is ready (the DirectRunner does so at once, again and again).
   */
  static final class After<T>
      extends org.apache.beam.sdk.transforms.PTransform<
          org.apache.beam.sdk.values.PCollection<T>, org.apache.beam.sdk.values.PCollection<T>> {
    private final org.apache.beam.sdk.values.PCollection<?> signal;
    private final org.apache.beam.sdk.coders.Coder<T> coder;

    After(
        org.apache.beam.sdk.values.PCollection<?> signal,
        org.apache.beam.sdk.coders.Coder<T> coder) {
      this.signal = signal;
      this.coder = coder;
    }

    @Override
    public org.apache.beam.sdk.values.PCollection<T> expand(
        org.apache.beam.sdk.values.PCollection<T> input) {
      var kvCoder =
          org.apache.beam.sdk.coders.KvCoder.of(
              org.apache.beam.sdk.coders.VarLongCoder.of(),
              org.apache.beam.sdk.coders.NullableCoder.of(coder));
      var keyed =
          input
              .apply("KeyByBundle", org.apache.beam.sdk.transforms.ParDo.of(new KeyByBundleFn<T>()))
              .setCoder(kvCoder);
      var done =
          signal
              .apply("SignalDone", org.apache.beam.sdk.transforms.Count.globally())
              .apply(
                  "SignalKey",
                  org.apache.beam.sdk.transforms.MapElements.into(
                          new org.apache.beam.sdk.values.TypeDescriptor<KV<Long, T>>() {})
                      .via((Long n) -> KV.<Long, T>of(0L, null)))
              .setCoder(kvCoder);
      return org.apache.beam.sdk.values.PCollectionList.of(keyed)
          .and(done)
          .apply("WithSignal", org.apache.beam.sdk.transforms.Flatten.pCollections())
          .apply("HoldUntilSignal", org.apache.beam.sdk.transforms.GroupByKey.create())
          .apply("Release", org.apache.beam.sdk.transforms.ParDo.of(new ReleaseFn<T>()))
          .setCoder(coder);
    }
  }

  /** Keys each element by a random number drawn for its bundle (never 0, the signal's key). */
  static final class KeyByBundleFn<T> extends DoFn<T, KV<Long, T>> {
    private transient long bundle;

    @StartBundle
    public void start() {
      bundle = java.util.concurrent.ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);
    }

    @ProcessElement
    public void process(@Element T element, OutputReceiver<KV<Long, T>> out) {
      out.output(KV.of(bundle, element));
    }
  }

  /** The held elements again, without the signal's null. */
  static final class ReleaseFn<T> extends DoFn<KV<Long, Iterable<T>>, T> {
    @ProcessElement
    public void process(@Element KV<Long, Iterable<T>> group, OutputReceiver<T> out) {
      for (T element : group.getValue()) {
        if (element != null) {
          out.output(element);
        }
      }
    }
  }

  /**
   * Reads a state file's entries, skipping damaged lines (their inputs are then simply read again).
   */
  static void entries(String file, Consumer<InputEntry> each) throws IOException {
    try (BufferedReader in = TempFiles.reader(file)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        InputEntry entry = InputEntry.parse(line);
        if (entry != null) {
          each.accept(entry);
        }
      }
    }
  }

  /** The previous run's inputs by path, for telling unchanged inputs. */
  static final class PriorInputsFn extends DoFn<String, KV<String, PriorInput>> {
    @ProcessElement
    public void process(@Element String file, OutputReceiver<KV<String, PriorInput>> out)
        throws IOException {
      entries(
          file,
          e -> {
            if (e.isInput()) {
              out.output(
                  KV.of(
                      e.path(),
                      new PriorInput(e.hash(), e.code(), e.since() == null ? 0 : e.since())));
            }
          });
    }
  }

  /**
   * Hashes every input (SHA-256 of its bytes) and sends it to {@link #EXTRACT}, or, when the
   * previous run read the same bytes with the same code and carrying is on, to {@link #UNCHANGED}.
   * Inputs the previous run had go to {@link #PRESENT} too, and are counted (the rest are gone).
   */
  static final class SortInputsFn extends DoFn<FileIO.ReadableFile, InputFile> {
    private final InputRoot root;
    private final PriorRun prior;
    private final OnceMap<String, PriorInput> priorInputs;
    private final org.apache.beam.sdk.metrics.Counter carriedFiles =
        RunMetrics.counter(RunMetrics.FILES_CARRIED);
    private final org.apache.beam.sdk.metrics.Counter carriedBytes =
        RunMetrics.counter(RunMetrics.BYTES_CARRIED);
    private transient OutcomeCounts counts;

    SortInputsFn(
        InputRoot root, PriorRun prior, PCollectionView<Map<String, PriorInput>> priorInputs) {
      this.root = root;
      this.prior = prior;
      this.priorInputs = new OnceMap<>(priorInputs);
    }

    @StartBundle
    public void start() {
      counts = new OutcomeCounts();
    }

    @ProcessElement
    public void process(@Element FileIO.ReadableFile file, ProcessContext context) {
      counts.touched = true;
      String path = root.relativize(file.getMetadata().resourceId().toString());
      String hash = hash(file);
      PriorInput before = priorInputs.get(context).get(path);
      if (before != null) {
        counts.priorPresent++;
        context.output(PRESENT, KV.of(path, ""));
      }
      boolean sameBytes = before != null && !hash.isEmpty() && before.hash().equals(hash);
      InputFile input = InputFile.of(file, hash, sameBytes ? before.since() : prior.run());
      if (prior.carry() && sameBytes && before.code().equals(prior.code())) {
        context.output(UNCHANGED, KV.of(path, input));
        carriedFiles.inc();
        carriedBytes.inc(Math.max(0, input.size()));
      } else {
        context.output(input);
      }
    }

    /**
     * The hex SHA-256 of the file's bytes, or empty when it cannot be read (extraction then rejects
     * it).
     */
    static String hash(FileIO.ReadableFile file) {
      MessageDigest digest = CodeFingerprint.sha256();
      byte[] buffer = new byte[1 << 16];
      try (InputStream in = Channels.newInputStream(file.open())) {
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
          digest.update(buffer, 0, n);
        }
      } catch (IOException e) {
        return "";
      }
      return HexFormat.of().formatHex(digest.digest());
    }

    @FinishBundle
    public void finish(FinishBundleContext context) {
      OutcomeCounts.emit(context, counts);
    }
  }

  /**
   * What the previous run's pages add to this run's site counts: pages of inputs this run has again
   * are taken out of the stored sums ({@link #EARLIER_PAGES}, negated), and the pages of unchanged
   * inputs, which are not extracted again, are put back ({@link #UNCHANGED_PAGES}).
   */
  static final class PriorPagesFn extends DoFn<String, KV<String, SiteLines>> {
    private final OnceMap<String, String> present;
    private final OnceMap<String, InputFile> unchanged;

    PriorPagesFn(
        PCollectionView<Map<String, String>> present,
        PCollectionView<Map<String, InputFile>> unchanged) {
      this.present = new OnceMap<>(present);
      this.unchanged = new OnceMap<>(unchanged);
    }

    @ProcessElement
    public void process(@Element String file, ProcessContext context) throws IOException {
      Map<String, String> again = present.get(context);
      Map<String, InputFile> carried = unchanged.get(context);
      Map<String, SiteLines> earlier = new TreeMap<>();
      Map<String, SiteLines> kept = new TreeMap<>();
      entries(
          file,
          e -> {
            if (!e.isDocument() || e.site() == null || e.site().isEmpty()) {
              return;
            }
            if (again.containsKey(e.path())) {
              earlier.computeIfAbsent(e.site(), k -> new SiteLines()).addPage(e.lineHashes());
            }
            if (carried.containsKey(e.path())) {
              kept.computeIfAbsent(e.site(), k -> new SiteLines()).addPage(e.lineHashes());
            }
          });
      earlier.forEach((site, lines) -> context.output(EARLIER_PAGES, KV.of(site, lines.negated())));
      kept.forEach((site, lines) -> context.output(UNCHANGED_PAGES, KV.of(site, lines)));
    }
  }

  /**
   * The unchanged inputs whose pages this run's site templates judge differently: they are cleaned
   * again, as files ({@link #AGAIN}), and listed by path (the main output) for the steps that carry
   * the others. All entries of one input are in one state file (one bundle wrote them), so each
   * such input is sent once.
   */
  static final class ChangedTemplateFn extends DoFn<String, KV<String, Boolean>> {
    private final OnceMap<String, InputFile> unchanged;
    private final OnceMap<String, SiteTemplate> templates;
    private final org.apache.beam.sdk.metrics.Counter carriedFiles =
        RunMetrics.counter(RunMetrics.FILES_CARRIED);
    private final org.apache.beam.sdk.metrics.Counter carriedBytes =
        RunMetrics.counter(RunMetrics.BYTES_CARRIED);

    ChangedTemplateFn(
        PCollectionView<Map<String, InputFile>> unchanged,
        PCollectionView<Map<String, SiteTemplate>> templates) {
      this.unchanged = new OnceMap<>(unchanged);
      this.templates = new OnceMap<>(templates);
    }

    @ProcessElement
    public void process(@Element String file, ProcessContext context) throws IOException {
      Map<String, InputFile> carried = unchanged.get(context);
      Map<String, SiteTemplate> bySite = templates.get(context);
      java.util.Set<String> sent = new java.util.HashSet<>();
      entries(
          file,
          e -> {
            if (e.isDocument()
                && carried.containsKey(e.path())
                && CleanDocuments.digest(e.site(), bySite, e.lineHashes()) != e.digestValue()
                && sent.add(e.path())) {
              context.output(KV.of(e.path(), true));
              InputFile input = carried.get(e.path());
              context.output(AGAIN, input);
              carriedFiles.dec();
              carriedBytes.dec(Math.max(0, input.size()));
            }
          });
    }
  }

  /** Whether an input's output is carried: unchanged, and its pages judged as before. */
  static boolean carried(
      String path, Map<String, InputFile> unchanged, Map<String, Iterable<Boolean>> again) {
    return path != null && unchanged.containsKey(path) && !again.containsKey(path);
  }

  /**
   * A step that copies what it carries into temp files of its bundle, as the cleaning steps write
   * theirs ({@link CleanFiles.BundleFiles}), and sends their names and the bundle's counts on.
   */
  abstract static class CarryFn extends DoFn<String, Shard> {
    private final String tempDir;
    final OnceMap<String, InputFile> unchanged;
    final OnceMap<String, Iterable<Boolean>> again;
    transient CleanFiles.BundleFiles bundle;

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
      bundle = new CleanFiles.BundleFiles(tempDir, null, null);
    }

    /** Whether the input at {@code path} is carried over ({@link CarryOver#carried}). */
    boolean carries(String path, ProcessContext context) {
      return carried(path, unchanged.get(context), again.get(context));
    }

    @FinishBundle
    public void finish(FinishBundleContext context) throws IOException {
      for (Shard shard : bundle.close()) {
        context.output(shard, GlobalWindow.INSTANCE.maxTimestamp(), GlobalWindow.INSTANCE);
      }
      OutcomeCounts.emit(context, bundle.counts);
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

    @ProcessElement
    public void process(@Element String file, ProcessContext context) throws IOException {
      OutcomeCounts counts = bundle.counts;
      counts.touched = true;
      entries(
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
              bundle.state(e);
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

    @ProcessElement
    public void process(@Element String file, ProcessContext context) throws IOException {
      Map<String, PriorInput> inputs = priorInputs.get(context);
      bundle.counts.touched = true;
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
              Removal removal = Json.read(line, Removal.class);
              if (carries(input(removal.source(), inputs), context)) {
                bundle.copy(CleanFiles.REMOVED, line);
                bundle.counts.carriedRemoval(removal);
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
        java.util.List<String> words = MinHash.words(article.text());
        context.output(
            CleanDocuments.FINGERPRINTS,
            new Fingerprint(
                article.id(),
                bundle.path(CleanFiles.RECORDS),
                MinHash.exactKey(words),
                MinHash.signature(words),
                since));
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
