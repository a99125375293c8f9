package dev.newsclean.pipeline;

import dev.newsclean.clean.DocumentCleaner;
import dev.newsclean.clean.SiteLines;
import dev.newsclean.extract.DocumentExtractor;
import dev.newsclean.extract.DocumentSink;
import dev.newsclean.io.Json;
import dev.newsclean.model.Document;
import dev.newsclean.model.Reject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.Channels;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.apache.beam.sdk.io.FileIO;
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
 * into the bundle's own reject shard.
 */
final class ExtractFiles extends DoFn<FileIO.ReadableFile, Shard> {

  static final String DOCUMENTS = "documents";
  static final TupleTag<Shard> DOCUMENT_SHARDS = new TupleTag<>() {};
  static final TupleTag<KV<String, SiteLines>> SITE_LINES = new TupleTag<>() {};

  private final InputRoot root;
  private final ExtractSettings settings;
  private final SiteKey siteKey;
  private final String tempDir;
  private final Counter files = RunMetrics.counter(RunMetrics.FILES_DONE);
  private final Counter bytes = RunMetrics.counter(RunMetrics.BYTES_DONE);
  private final Counter rejects = RunMetrics.counter(RunMetrics.REJECTS);
  private transient DocumentExtractor extractor;
  private transient DocumentCleaner cleaner;
  private transient CleanFiles.BundleFiles bundle;
  private transient Writer documents;
  private transient String documentsPath;
  private transient long documentCount;
  private transient Map<String, SiteLines> sites;

  ExtractFiles(InputRoot root, ExtractSettings settings, SiteKey siteKey, String tempDir) {
    this.root = root;
    this.settings = settings;
    this.siteKey = siteKey;
    this.tempDir = tempDir;
  }

  @Setup
  public void setup() {
    extractor = settings.newExtractor();
    cleaner = settings.newCleaner();
  }

  @StartBundle
  public void startBundle() {
    bundle = new CleanFiles.BundleFiles(tempDir, null, rejects);
    documents = null;
    documentsPath = tempDir + "/" + DOCUMENTS + "-" + UUID.randomUUID() + ".jsonl";
    documentCount = 0;
    sites = new TreeMap<>();
  }

  @ProcessElement
  public void process(@Element FileIO.ReadableFile file) {
    String source = root.relativize(file.getMetadata().resourceId().toString());
    DocumentSink sink = DocumentSink.of(this::extracted, bundle::rejected, bundle::skipped);
    try (InputStream in = Channels.newInputStream(file.open())) {
      extractor.extract(source, in, sink);
    } catch (IOException e) {
      bundle.rejected(Reject.of(source, Reject.Reason.UNREADABLE, "cannot open the file: " + e.getMessage()));
    } catch (RuntimeException | StackOverflowError e) {
      bundle.rejected(Reject.error(source, e));
    }
    files.inc();
    bytes.inc(Math.max(0, file.getMetadata().sizeBytes()));
  }

  /** Keeps a document for cleaning, and counts its lines for its site. */
  private void extracted(Document document) {
    String site = siteKey.of(document);
    write(new SiteDocument(site, document));
    if (!site.isEmpty()) {
      sites.computeIfAbsent(site, k -> new SiteLines()).addPage(cleaner.lineHashes(document));
    }
  }

  private void write(SiteDocument document) {
    try {
      if (documents == null) {
        documents = TempFiles.writer(documentsPath);
      }
      Json.write(documents, document);
      documents.write('\n');
      documentCount++;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + documentsPath, e);
    }
  }

  @FinishBundle
  public void finishBundle(FinishBundleContext context) throws IOException {
    for (Shard shard : bundle.close()) {
      context.output(shard, GlobalWindow.INSTANCE.maxTimestamp(), GlobalWindow.INSTANCE);
    }
    if (documents != null) {
      documents.close();
      context.output(DOCUMENT_SHARDS, new Shard(DOCUMENTS, documentsPath, documentCount), GlobalWindow.INSTANCE.maxTimestamp(), GlobalWindow.INSTANCE);
    }
    context.output(CleanFiles.COUNTS, bundle.counts, GlobalWindow.INSTANCE.maxTimestamp(), GlobalWindow.INSTANCE);
    for (Map.Entry<String, SiteLines> site : sites.entrySet()) {
      context.output(SITE_LINES, KV.of(site.getKey(), site.getValue()), GlobalWindow.INSTANCE.maxTimestamp(), GlobalWindow.INSTANCE);
    }
    bundle = null;
    documents = null;
    sites = null;
  }

  @Teardown
  public void teardown() {
    if (extractor != null) {
      extractor.close();
    }
  }
}
