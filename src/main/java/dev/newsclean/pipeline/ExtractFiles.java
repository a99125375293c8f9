package dev.newsclean.pipeline;

import dev.newsclean.clean.DocumentCleaner;
import dev.newsclean.clean.SiteLines;
import dev.newsclean.extract.DocumentExtractor;
import dev.newsclean.extract.DocumentSink;
import dev.newsclean.model.Document;
import dev.newsclean.model.Reject;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.windowing.GlobalWindow;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.TupleTag;

/**
 * The first half of cleaning: reads each file and extracts its documents (once: the costly part),
 * writing them with their site into a temp file of the bundle ({@link #DOCUMENTS}) for {@link
 * CleanDocuments}, and counting, per site, the lines its pages hold ({@link #SITE_LINES}, one
 * partial count per site and bundle). Inputs that give no document are rejected or skipped here,
 * into the bundle's own reject shard. Each element is a file keyed by the SHA-256 of its bytes,
 * which goes, with the code's fingerprint, into the input's state entry ({@link InputEntry}) for
 * the next run. An unchanged input read again because its site's template changed ({@code
 * countLines} off) adds nothing to the counts: its pages are in them already.
 */
final class ExtractFiles extends DoFn<InputFile, Shard> {

  static final String DOCUMENTS = "documents";
  static final TupleTag<Shard> DOCUMENT_SHARDS = new TupleTag<>() {};
  static final TupleTag<KV<String, SiteLines>> SITE_LINES = new TupleTag<>() {};

  private final InputRoot root;
  private final ExtractSettings settings;
  private final SiteKey siteKey;
  private final String tempDir;
  private final PriorRun run;
  private final boolean countLines;
  private final Counter files = RunMetrics.counter(RunMetrics.FILES_DONE);
  private final Counter bytes = RunMetrics.counter(RunMetrics.BYTES_DONE);
  private final Counter rejects = RunMetrics.counter(RunMetrics.REJECTS);
  private transient DocumentExtractor extractor;
  private transient DocumentCleaner cleaner;
  private transient BundleFiles bundle;
  private transient ContentKey key;
  private transient Map<String, SiteLines> sites;
  private transient String input;
  private transient long since;

  ExtractFiles(
      InputRoot root,
      ExtractSettings settings,
      SiteKey siteKey,
      String tempDir,
      PriorRun run,
      boolean countLines) {
    this.root = root;
    this.settings = settings;
    this.siteKey = siteKey;
    this.tempDir = tempDir;
    this.run = run;
    this.countLines = countLines;
  }

  @Setup
  public void setup() {
    extractor = settings.newExtractor();
    cleaner = settings.newCleaner();
  }

  @StartBundle
  public void startBundle() {
    bundle = new BundleFiles(tempDir, null, rejects);
    key = new ContentKey();
    sites = new TreeMap<>();
  }

  @ProcessElement
  public void process(@Element InputFile file) {
    bundle.counts.touched = true;
    key.add("extract:" + file.resource());
    String source = root.relativize(file.resource());
    input = source;
    since = file.since();
    Map<String, Long> skips = new TreeMap<>();
    DocumentSink sink =
        DocumentSink.of(
            this::extracted,
            bundle::rejected,
            (s, kind) -> {
              bundle.skipped(s, kind);
              skips.merge(kind, 1L, Long::sum);
            });
    try (InputStream in = file.open()) {
      extractor.extract(source, in, sink);
    } catch (IOException e) {
      bundle.rejected(
          Reject.of(source, Reject.Reason.UNREADABLE, "cannot open the file: " + e.getMessage()));
    } catch (RuntimeException | StackOverflowError e) {
      bundle.rejected(Reject.error(source, e));
    }
    if (run.writeState() && !file.hash().isEmpty()) {
      bundle.state(InputEntry.input(source, file, run.code(), since, skips));
    }
    files.inc();
    bytes.inc(Math.max(0, file.size()));
  }

  /** Keeps a document for cleaning, and counts its lines for its site. */
  private void extracted(Document document) {
    String site = siteKey.of(document);
    java.util.Set<Long> lines = site.isEmpty() ? java.util.Set.of() : cleaner.lineHashes(document);
    bundle.writeValue(
        DOCUMENTS,
        new SiteDocument(
            site, input, since, site.isEmpty() ? null : InputEntry.encode(lines), document));
    if (!site.isEmpty() && countLines) {
      sites.computeIfAbsent(site, k -> new SiteLines()).addPage(lines);
    }
  }

  @FinishBundle
  public void finishBundle(FinishBundleContext context) throws IOException {
    for (Shard shard : bundle.close(key.value())) {
      context.output(
          shard.kind().equals(DOCUMENTS) ? DOCUMENT_SHARDS : CleanFiles.SHARDS,
          shard,
          GlobalWindow.INSTANCE.maxTimestamp(),
          GlobalWindow.INSTANCE);
    }
    OutcomeCounts.emit(context, bundle.counts);
    for (Map.Entry<String, SiteLines> site : sites.entrySet()) {
      context.output(
          SITE_LINES,
          KV.of(site.getKey(), site.getValue()),
          GlobalWindow.INSTANCE.maxTimestamp(),
          GlobalWindow.INSTANCE);
    }
    bundle = null;
    key = null;
    sites = null;
  }

  @Teardown
  public void teardown() {
    if (extractor != null) {
      extractor.close();
    }
  }
}
