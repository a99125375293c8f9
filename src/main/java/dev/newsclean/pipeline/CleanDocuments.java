package dev.newsclean.pipeline;

import dev.newsclean.clean.DocumentCleaner;
import dev.newsclean.clean.SiteTemplate;
import dev.newsclean.core.FileProcessor;
import dev.newsclean.extract.LargeInputs;
import dev.newsclean.io.Json;
import dev.newsclean.model.Cleaned;
import dev.newsclean.model.Reject;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.Map;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.PCollectionView;

/**
 * The second half of cleaning: reads one temp file of extracted documents ({@link ExtractFiles})
 * and cleans each with its site's template (a side input, learned from every page of the scrape and
 * the state of earlier runs), writing records, removed lines and rejects into temp files named
 * after that documents file ({@link ContentKey}), as {@link CleanFiles} describes. Each record's
 * {@link Fingerprint} names the file that holds it on every attempt.
 */
final class CleanDocuments extends DoFn<Shard, Shard> {

  /** Each record's fingerprint, for {@link FlagDuplicates}. */
  static final org.apache.beam.sdk.values.TupleTag<Fingerprint> FINGERPRINTS =
      new org.apache.beam.sdk.values.TupleTag<>() {};

  private final ExtractSettings settings;
  private final boolean fingerprints;
  private final String tempDir;
  private final boolean writeState;
  private final PCollectionView<Map<String, SiteTemplate>> templates;
  private final Counter records = RunMetrics.counter(RunMetrics.RECORDS);
  private final Counter rejects = RunMetrics.counter(RunMetrics.REJECTS);
  private transient DocumentCleaner cleaner;
  private transient BundleFiles bundle;
  private transient OutcomeCounts counts;
  private transient String recordsPath;
  private transient Map<String, java.util.Optional<SiteTemplate>> read;

  CleanDocuments(
      ExtractSettings settings,
      String tempDir,
      PCollectionView<Map<String, SiteTemplate>> templates,
      boolean fingerprints,
      boolean writeState) {
    this.fingerprints = fingerprints;
    this.writeState = writeState;
    this.settings = settings;
    this.tempDir = tempDir;
    this.templates = templates;
  }

  @Setup
  public void setup() {
    cleaner = settings.newCleaner();
    read = new java.util.HashMap<>();
  }

  @StartBundle
  public void startBundle() {
    counts = new OutcomeCounts();
  }

  @ProcessElement
  public void process(@Element Shard documents, ProcessContext context) throws IOException {
    Map<String, SiteTemplate> bySite = context.sideInput(templates);
    counts.touched = true;
    String key = ContentKey.of("clean:" + documents.path());
    bundle = new BundleFiles(tempDir, counts, records, rejects);
    recordsPath = BundleFiles.path(tempDir, CleanFiles.RECORDS, key);
    // A runner's map view may decode a value on every get: each site's template is read once per
    // instance (the view is one global-window value, the same for every element of the run).
    try (BufferedReader in = TempFiles.reader(documents.path())) {
      int n = 0;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        n++;
        // A large document is cleaned in its turn, as it was extracted (LargeInputs): one at a time
        // in the JVM.
        try (LargeInputs.Scope scope = new LargeInputs.Scope()) {
          scope.grown(line.length());
          SiteDocument doc;
          try {
            doc = Json.read(line, SiteDocument.class);
          } catch (IllegalArgumentException e) {
            // Only newsclean writes these files: a line it cannot read back is its own bug, and
            // that document's alone.
            bundle.rejected(Reject.error(documents.path() + "#" + n, e));
            continue;
          }
          line = null;
          clean(
              doc,
              doc.site().isEmpty()
                  ? null
                  : read.computeIfAbsent(
                          doc.site(), site -> java.util.Optional.ofNullable(bySite.get(site)))
                      .orElse(null),
              context);
        }
      }
    }
    for (Shard shard : bundle.close(key)) {
      context.output(shard);
    }
    bundle = null;
  }

  private void clean(SiteDocument doc, SiteTemplate template, ProcessContext context) {
    Cleaned cleaned = FileProcessor.clean(cleaner, doc.document(), template, bundle);
    if (writeState) {
      bundle.state(entry(doc, template, cleaned));
    }
    if (cleaned != null && cleaned.article() != null) {
      bundle.counts.templateLines(doc.site(), cleaned.removed());
      if (!fingerprints) {
        return;
      }
      context.output(
          FINGERPRINTS,
          Fingerprint.of(
              cleaned.article().id(), recordsPath, cleaned.article().text(), doc.since()));
    }
  }

  /**
   * The document's state entry: its pages for its site's counts, the template's digest of them,
   * what the report counts of it.
   */
  private static InputEntry entry(SiteDocument doc, SiteTemplate template, Cleaned cleaned) {
    Integer share = null;
    Integer templateLines = null;
    if (cleaned != null && cleaned.article() != null) {
      long removedChars = cleaned.removed().stream().mapToLong(r -> r.text().length()).sum();
      share = OutcomeCounts.shareBucket(removedChars, cleaned.article().chars());
      templateLines = OutcomeCounts.templateLineCount(cleaned.removed());
    }
    java.util.Set<Long> lines = InputEntry.decode(doc.lines());
    return InputEntry.document(
        doc.input(),
        doc.site(),
        doc.document().format(),
        doc.lines(),
        digest(template, lines),
        share,
        templateLines);
  }

  /**
   * What {@code template} decides about a page with these lines ({@link SiteTemplate#digest}); 0
   * without a template.
   */
  static long digest(SiteTemplate template, java.util.Set<Long> lines) {
    return template == null ? 0 : template.digest(lines);
  }

  /** The same, with the template of {@code site} looked up in {@code templates}. */
  static long digest(String site, Map<String, SiteTemplate> templates, java.util.Set<Long> lines) {
    return digest(site == null || site.isEmpty() ? null : templates.get(site), lines);
  }

  @FinishBundle
  public void finishBundle(FinishBundleContext context) {
    OutcomeCounts.emit(context, counts);
    counts = null;
  }
}
