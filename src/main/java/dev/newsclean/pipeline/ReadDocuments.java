package dev.newsclean.pipeline;

import dev.newsclean.extract.DocumentExtractor;
import dev.newsclean.extract.DocumentSink;
import dev.newsclean.model.Document;
import dev.newsclean.model.Reject;
import dev.newsclean.extract.JsonlFields;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.io.Compression;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;

/**
 * Reads every file under the input folder (recursively) and turns each into documents, rejects or
 * skipped records. Gzip and the content type are detected from the bytes, not the file name; each
 * file is read as a stream, so containers (WARC, JSONL) of any size pass record by record.
 */
public final class ReadDocuments extends PTransform<PBegin, PCollectionTuple> {

  public static final TupleTag<Document> DOCUMENTS = new TupleTag<>() {};
  public static final TupleTag<Reject> REJECTS = new TupleTag<>() {};
  /** Skipped records, as {@code source<TAB>kind}. */
  public static final TupleTag<String> SKIPPED = new TupleTag<>() {};

  /** Files per bundle: see {@link BatchFiles}. */
  static final int FILES_PER_BATCH = 200;

  private final InputRoot root;
  private final ExtractSettings settings;

  public ReadDocuments(InputRoot root, ExtractSettings settings) {
    this.root = root;
    this.settings = settings;
  }

  /** The extractor's limits and JSONL field names, as a serializable value for the workers. */
  public record ExtractSettings(long maxBytes, int maxChars, int parseTimeoutSeconds, String jsonlFields) implements java.io.Serializable {

    public static ExtractSettings of(NewscleanOptions options) {
      JsonlFields.parse(options.getJsonlFields());
      return new ExtractSettings(options.getMaxInputBytes(), options.getMaxTextChars(), options.getParseTimeoutSeconds(), options.getJsonlFields());
    }

    DocumentExtractor newExtractor() {
      return new DocumentExtractor(
          new DocumentExtractor.Limits(maxBytes, maxChars, java.time.Duration.ofSeconds(parseTimeoutSeconds)), JsonlFields.parse(jsonlFields));
    }
  }

  @Override
  public PCollectionTuple expand(PBegin begin) {
    PCollectionTuple out =
        begin
            .apply("InputPattern", Create.of(root.pattern()))
            // BatchFiles spreads the files instead of match's one-file-per-bundle reshuffle.
            .apply("MatchFiles", FileIO.matchAll().withEmptyMatchTreatment(EmptyMatchTreatment.ALLOW).withOutputParallelization(false))
            .apply("BatchFiles", new BatchFiles(FILES_PER_BATCH))
            .apply("OpenFiles", FileIO.readMatches().withCompression(Compression.UNCOMPRESSED))
            .apply("ExtractDocuments", ParDo.of(new ExtractFn(root, settings)).withOutputTags(DOCUMENTS, TupleTagList.of(REJECTS).and(SKIPPED)));
    out.get(DOCUMENTS).setCoder(SerializableCoder.of(Document.class));
    out.get(REJECTS).setCoder(SerializableCoder.of(Reject.class));
    out.get(SKIPPED).setCoder(StringUtf8Coder.of());
    return out;
  }

  /** Adapts {@link DocumentExtractor} to Beam: one file in, its documents, rejects and skips out. */
  static final class ExtractFn extends DoFn<FileIO.ReadableFile, Document> {

    private final InputRoot root;
    private final ExtractSettings settings;
    private final Counter files = Metrics.counter(ReadDocuments.class, "files");
    private transient DocumentExtractor extractor;

    ExtractFn(InputRoot root, ExtractSettings settings) {
      this.root = root;
      this.settings = settings;
    }

    @Setup
    public void setup() {
      extractor = settings.newExtractor();
    }

    @Teardown
    public void teardown() {
      if (extractor != null) {
        extractor.close();
      }
    }

    @ProcessElement
    public void process(@Element FileIO.ReadableFile file, MultiOutputReceiver out) {
      files.inc();
      String source = root.relativize(file.getMetadata().resourceId().toString());
      DocumentSink sink =
          new DocumentSink() {
            @Override
            public void document(Document document) {
              out.get(DOCUMENTS).output(document);
            }

            @Override
            public void reject(Reject reject) {
              out.get(REJECTS).output(reject);
            }

            @Override
            public void skipped(String skippedSource, String kind) {
              out.get(SKIPPED).output(skippedSource + "\t" + kind);
            }
          };
      try (InputStream in = Channels.newInputStream(file.open())) {
        extractor.extract(source, in, sink);
      } catch (IOException e) {
        sink.reject(Reject.of(source, Reject.Reason.UNREADABLE, "cannot open the file: " + e.getMessage()));
      } catch (RuntimeException | StackOverflowError e) {
        sink.reject(Reject.error(source, e));
      }
    }
  }
}
