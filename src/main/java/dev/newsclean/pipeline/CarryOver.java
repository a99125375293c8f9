package dev.newsclean.pipeline;

import dev.newsclean.clean.SiteLines;
import dev.newsclean.clean.SiteTemplate;
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
                      new PriorInput(
                          e.hash(),
                          e.code(),
                          e.since() == null ? 0 : e.since(),
                          e.size() == null ? -1 : e.size(),
                          e.modified() == null ? 0 : e.modified())));
            }
          });
    }
  }

  /**
   * Hashes every input (SHA-256 of its bytes) and sends it to {@link #EXTRACT}, or, when the
   * previous run read the same bytes with the same code and carrying is on, to {@link #UNCHANGED}.
   * With the quick check on ({@link PriorRun#quickCheck}), an input with the size and modification
   * time the previous run recorded is not read: it keeps the hash recorded then. Inputs the
   * previous run had go to {@link #PRESENT} too, and are counted (the rest are gone).
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
      PriorInput before = priorInputs.get(context).get(path);
      String hash =
          prior.quickCheck()
                  && before != null
                  && before.sameStat(
                      file.getMetadata().sizeBytes(), file.getMetadata().lastModifiedMillis())
              ? before.hash()
              : hash(file);
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
}
