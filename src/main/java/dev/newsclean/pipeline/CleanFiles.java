package dev.newsclean.pipeline;

import dev.newsclean.core.FileProcessor;
import dev.newsclean.clean.SiteLines;
import dev.newsclean.clean.SiteTemplate;
import java.util.List;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.Reshuffle;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.TypeDescriptor;
import org.apache.beam.sdk.values.TypeDescriptors;
import dev.newsclean.io.Json;
import dev.newsclean.model.Article;
import dev.newsclean.model.Reject;
import dev.newsclean.model.Removal;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.windowing.GlobalWindow;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;

/**
 * Extracts and cleans every file, writing records, removed lines and rejects straight into
 * temporary files of the bundle that made them (as Beam's {@code WriteFiles} does with its temp
 * files). Only the names of those files ({@link #SHARDS}) and the bundles' outcome counts ({@link
 * #COUNTS}) go on: a large corpus is never held in memory between steps, on any runner. A retried
 * bundle's files are never listed, and {@link FinalizeOutputs} deletes them with the temp folder.
 *
 * <p>Two steps, so that what each site repeats is known before any of its pages is cleaned: {@link
 * ExtractFiles} extracts every file once into temp files of documents and counts the lines of each
 * site's pages; those counts, with the state of earlier runs ({@link SiteState}), are summed per
 * site with {@code Combine.perKey} into a side input of {@link SiteTemplate}s ({@link #SITES} is
 * the sum, for the next run's state); {@link CleanDocuments} then cleans the documents with it.
 */
public final class CleanFiles extends PTransform<PCollection<FileIO.ReadableFile>, PCollectionTuple> {

  public static final TupleTag<Shard> SHARDS = new TupleTag<>() {};
  public static final TupleTag<OutcomeCounts> COUNTS = new TupleTag<>() {};
  public static final TupleTag<KV<String, SiteLines>> SITES = new TupleTag<>() {};
  public static final TupleTag<Fingerprint> FINGERPRINTS = CleanDocuments.FINGERPRINTS;

  /**
   * Every bundle sends a partial count for each site it saw, so a site has about as many values as
   * there are bundles; a runner that groups before combining (the DirectRunner) copies a key's values
   * as they arrive. Spreading each site over sixteen sub-keys first keeps those groups small.
   */
  static final int SITE_FANOUT = 16;

  static final String RECORDS = "records";
  static final String REMOVED = "removed";
  static final String REJECTS = "rejects";

  private final InputRoot root;
  private final ExtractSettings settings;
  private final String tempDir;
  private final SiteKey siteKey;
  private final String stateIn;
  private final boolean fingerprints;

  /** Cleans without a state folder, sites keyed {@link SiteKey#AUTO}. */
  public CleanFiles(InputRoot root, ExtractSettings settings, String tempDir) {
    this(root, settings, tempDir, SiteKey.AUTO, null);
  }

  /** {@code stateIn} is the state folder of an earlier run, or null for none. */
  public CleanFiles(InputRoot root, ExtractSettings settings, String tempDir, SiteKey siteKey, String stateIn) {
    this(root, settings, tempDir, siteKey, stateIn, false);
  }

  /** With {@code fingerprints}, each record's {@link Fingerprint} is in {@link #FINGERPRINTS}, for {@link FlagDuplicates}. */
  public CleanFiles(InputRoot root, ExtractSettings settings, String tempDir, SiteKey siteKey, String stateIn, boolean fingerprints) {
    this.fingerprints = fingerprints;
    this.root = root;
    this.settings = settings;
    this.tempDir = tempDir;
    this.siteKey = siteKey;
    this.stateIn = stateIn;
  }

  @Override
  public PCollectionTuple expand(PCollection<FileIO.ReadableFile> files) {
    PCollectionTuple extracted =
        files.apply("ExtractDocuments", ParDo.of(new ExtractFiles(root, settings, siteKey, tempDir))
            .withOutputTags(SHARDS, TupleTagList.of(List.of(COUNTS, ExtractFiles.DOCUMENT_SHARDS, ExtractFiles.SITE_LINES))));
    extracted.get(SHARDS).setCoder(ShardCoder.of());
    extracted.get(ExtractFiles.DOCUMENT_SHARDS).setCoder(ShardCoder.of());
    extracted.get(COUNTS).setCoder(OutcomeCountsCoder.of());
    KvCoder<String, SiteLines> sitesCoder = KvCoder.of(StringUtf8Coder.of(), SiteLinesCoder.of());
    extracted.get(ExtractFiles.SITE_LINES).setCoder(sitesCoder);

    PCollection<KV<String, SiteLines>> earlier = files.getPipeline().apply("ReadState", new SiteState.Read(stateIn));
    earlier.setCoder(sitesCoder);
    PCollection<KV<String, SiteLines>> sites =
        PCollectionList.of(extracted.get(ExtractFiles.SITE_LINES)).and(earlier)
            .apply("AllSiteLines", Flatten.pCollections())
            .apply("LearnSites", Combine.<String, SiteLines, SiteLines>perKey(new MergeSiteLinesFn()).withHotKeyFanout(SITE_FANOUT));
    sites.setCoder(sitesCoder);
    PCollectionView<Map<String, SiteTemplate>> templates =
        sites
            .apply("Templates", MapElements.into(TypeDescriptors.kvs(TypeDescriptors.strings(), TypeDescriptor.of(SiteTemplate.class)))
                .via((KV<String, SiteLines> kv) -> KV.of(kv.getKey(), kv.getValue().template(kv.getKey()))))
            .setCoder(KvCoder.of(StringUtf8Coder.of(), SerializableCoder.of(SiteTemplate.class)))
            .apply("AsMap", View.asMap());

    PCollectionTuple cleaned =
        extracted.get(ExtractFiles.DOCUMENT_SHARDS)
            .apply("SpreadDocuments", Reshuffle.viaRandomKey())
            .apply("CleanDocuments", ParDo.of(new CleanDocuments(settings, tempDir, templates, fingerprints)).withSideInputs(templates).withOutputTags(SHARDS, TupleTagList.of(List.of(COUNTS, FINGERPRINTS))));
    cleaned.get(SHARDS).setCoder(ShardCoder.of());
    cleaned.get(FINGERPRINTS).setCoder(SerializableCoder.of(Fingerprint.class));
    cleaned.get(COUNTS).setCoder(OutcomeCountsCoder.of());

    PCollection<Shard> shards = PCollectionList.of(extracted.get(SHARDS)).and(cleaned.get(SHARDS)).apply("AllShards", Flatten.pCollections());
    shards.setCoder(ShardCoder.of());
    PCollection<OutcomeCounts> counts = PCollectionList.of(extracted.get(COUNTS)).and(cleaned.get(COUNTS)).apply("AllCounts", Flatten.pCollections());
    counts.setCoder(OutcomeCountsCoder.of());
    return PCollectionTuple.of(SHARDS, shards).and(COUNTS, counts).and(SITES, sites).and(FINGERPRINTS, cleaned.get(FINGERPRINTS));
  }

  /** Sums a site's line counts from every bundle and from the earlier state. */
  static final class MergeSiteLinesFn extends Combine.CombineFn<SiteLines, SiteLines, SiteLines> {
    @Override
    public SiteLines createAccumulator() {
      return new SiteLines();
    }

    @Override
    public SiteLines addInput(SiteLines acc, SiteLines input) {
      return acc.merge(input);
    }

    @Override
    public SiteLines mergeAccumulators(Iterable<SiteLines> accs) {
      SiteLines merged = new SiteLines();
      accs.forEach(merged::merge);
      return merged;
    }

    @Override
    public SiteLines extractOutput(SiteLines acc) {
      return acc;
    }

    @Override
    public Coder<SiteLines> getAccumulatorCoder(CoderRegistry registry, Coder<SiteLines> inputCoder) {
      return SiteLinesCoder.of();
    }
  }

  /** One bundle's temp files (opened when first written) and outcome counts. */
  static final class BundleFiles implements FileProcessor.Outcomes {

    private final String tempDir;
    private final String id = UUID.randomUUID().toString();
    private final Map<String, Writer> writers = new LinkedHashMap<>();
    private final Map<String, Long> lines = new LinkedHashMap<>();
    private final Counter records;
    private final Counter rejects;
    final OutcomeCounts counts = new OutcomeCounts();

    /** Counters may be null where a bundle has none of that outcome. */
    BundleFiles(String tempDir, Counter records, Counter rejects) {
      this.tempDir = tempDir;
      this.records = records;
      this.rejects = rejects;
    }

    @Override
    public void article(Article article) {
      write(RECORDS, article);
      counts.article(article);
      if (records != null) {
        records.inc();
      }
    }

    @Override
    public void removed(Removal removal) {
      write(REMOVED, removal);
      counts.removed(removal);
    }

    @Override
    public void rejected(Reject reject) {
      write(REJECTS, reject);
      counts.rejected(reject);
      if (rejects != null) {
        rejects.inc();
      }
    }

    @Override
    public void skipped(String source, String kind) {
      counts.skipped(kind);
    }

    @Override
    public void extracted(String format) {
      counts.document(format);
    }

    private void write(String kind, Object value) {
      try {
        Writer writer = writers.get(kind);
        if (writer == null) {
          writer = TempFiles.writer(path(kind));
          writers.put(kind, writer);
        }
        Json.write(writer, value);
        writer.write('\n');
        lines.merge(kind, 1L, Long::sum);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write " + path(kind), e);
      }
    }

    String path(String kind) {
      return tempDir + "/" + kind + "-" + id + ".jsonl";
    }

    /** Closes every file and says what was written. */
    java.util.List<Shard> close() throws IOException {
      java.util.List<Shard> shards = new java.util.ArrayList<>();
      for (Map.Entry<String, Writer> entry : writers.entrySet()) {
        entry.getValue().close();
        shards.add(new Shard(entry.getKey(), path(entry.getKey()), lines.get(entry.getKey())));
      }
      return shards;
    }
  }
}
