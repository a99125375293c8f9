package dev.newsclean.pipeline;

import dev.newsclean.clean.SiteLines;
import dev.newsclean.clean.SiteTemplate;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.coders.BooleanCoder;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.io.ReadableFileCoder;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Reshuffle;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PCollectionView;
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
 * site ({@link LearnSites}) into a side input of {@link SiteTemplate}s ({@link #SITES} is the sum,
 * for the next run's state); {@link CleanDocuments} then cleans the documents with it.
 *
 * <p>On a rerun ({@link PriorRun}, docs/state.md) the inputs are first sorted against the previous
 * run's state ({@link CarryOver}): only new and changed inputs are extracted; the unchanged ones
 * add their pages to their sites' counts from the state, are cleaned again only when the new
 * templates judge one of their lines differently, and are otherwise carried over from the previous
 * output, records, removals, rejects, state entries and counts.
 */
public final class CleanFiles
    extends PTransform<PCollection<FileIO.ReadableFile>, PCollectionTuple> {

  public static final TupleTag<Shard> SHARDS = new TupleTag<>() {};
  public static final TupleTag<OutcomeCounts> COUNTS = new TupleTag<>() {};
  public static final TupleTag<KV<String, SiteLines>> SITES = new TupleTag<>() {};
  public static final TupleTag<Fingerprint> FINGERPRINTS = CleanDocuments.FINGERPRINTS;

  static final String RECORDS = "records";
  static final String REMOVED = "removed";
  static final String REJECTS = "rejects";

  /**
   * The next run's state entries ({@link InputEntry}), moved into the state folder by {@link
   * FinalizeOutputs}.
   */
  static final String INPUTS = PriorRun.STATE_FILES;

  private final InputRoot root;
  private final ExtractSettings settings;
  private final String tempDir;
  private final SiteKey siteKey;
  private final String stateIn;
  private final PriorRun prior;
  private final boolean fingerprints;

  /** Cleans without a state folder, sites keyed {@link SiteKey#AUTO}. */
  public CleanFiles(InputRoot root, ExtractSettings settings, String tempDir) {
    this(root, settings, tempDir, SiteKey.AUTO, null, PriorRun.none(), false);
  }

  /**
   * {@code stateIn} is the state folder of an earlier run, or null for none; {@code prior} what is
   * known of that run's inputs and output ({@link PriorRun}). With {@code fingerprints}, each
   * record's {@link Fingerprint} is in {@link #FINGERPRINTS}, for {@link FlagDuplicates}.
   */
  CleanFiles(
      InputRoot root,
      ExtractSettings settings,
      String tempDir,
      SiteKey siteKey,
      String stateIn,
      PriorRun prior,
      boolean fingerprints) {
    this.fingerprints = fingerprints;
    this.root = root;
    this.settings = settings;
    this.tempDir = tempDir;
    this.siteKey = siteKey;
    this.stateIn = stateIn;
    this.prior = prior;
  }

  @Override
  public PCollectionTuple expand(PCollection<FileIO.ReadableFile> files) {
    Pipeline pipeline = files.getPipeline();
    KvCoder<String, SiteLines> sitesCoder = KvCoder.of(StringUtf8Coder.of(), SiteLinesCoder.of());
    Coder<InputFile> fileCoder = InputFileCoder.files();
    KvCoder<String, String> pathCoder = KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of());

    // Which inputs the previous run read, and which of them are unchanged (CarryOver).
    PCollection<String> stateFiles = files(pipeline, "StateFiles", prior.stateFiles());
    PCollection<KV<String, PriorInput>> priorInputList =
        stateFiles
            .apply("PriorInputs", ParDo.of(new CarryOver.PriorInputsFn()))
            .setCoder(KvCoder.of(StringUtf8Coder.of(), InputFileCoder.priors()));
    PCollectionView<Map<String, PriorInput>> priorInputs =
        priorInputList.apply("PriorInputsMap", View.asMap());
    PCollectionTuple sorted =
        files
            .apply("AfterPriorInputs", new After<>(priorInputList, ReadableFileCoder.of()))
            .apply(
                "SortInputs",
                ParDo.of(new CarryOver.SortInputsFn(root, prior, priorInputs))
                    .withSideInputs(priorInputs)
                    .withOutputTags(
                        CarryOver.EXTRACT,
                        TupleTagList.of(List.of(CarryOver.UNCHANGED, CarryOver.PRESENT, COUNTS))));
    sorted.get(CarryOver.EXTRACT).setCoder(fileCoder);
    sorted.get(CarryOver.UNCHANGED).setCoder(KvCoder.of(StringUtf8Coder.of(), fileCoder));
    sorted.get(CarryOver.PRESENT).setCoder(pathCoder);
    sorted.get(COUNTS).setCoder(OutcomeCountsCoder.of());
    PCollectionView<Map<String, String>> present =
        sorted.get(CarryOver.PRESENT).apply("PresentMap", View.asMap());
    PCollectionView<Map<String, InputFile>> unchanged =
        sorted.get(CarryOver.UNCHANGED).apply("UnchangedMap", View.asMap());

    PCollectionTuple extracted = extract("ExtractDocuments", sorted.get(CarryOver.EXTRACT), true);

    // A site's counts: what earlier runs saw of pages no longer read (aged), plus every page of
    // this run.
    PCollectionTuple priorPages =
        stateFiles
            .apply("AfterSorting", new After<>(sorted.get(CarryOver.PRESENT), StringUtf8Coder.of()))
            .apply(
                "PriorPages",
                ParDo.of(new CarryOver.PriorPagesFn(present, unchanged))
                    .withSideInputs(present, unchanged)
                    .withOutputTags(
                        CarryOver.EARLIER_PAGES, TupleTagList.of(CarryOver.UNCHANGED_PAGES)));
    priorPages.get(CarryOver.EARLIER_PAGES).setCoder(sitesCoder);
    priorPages.get(CarryOver.UNCHANGED_PAGES).setCoder(sitesCoder);
    PCollection<KV<String, SiteLines>> stored =
        pipeline.apply("ReadState", new SiteState.Read(stateIn));
    stored.setCoder(sitesCoder);
    PCollection<KV<String, SiteLines>> sites =
        PCollectionList.of(extracted.get(ExtractFiles.SITE_LINES))
            .and(priorPages.get(CarryOver.UNCHANGED_PAGES))
            .apply(
                "LearnSites",
                new LearnSites(
                    PCollectionList.of(stored).and(priorPages.get(CarryOver.EARLIER_PAGES))));
    PCollectionView<Map<String, SiteTemplate>> templates =
        sites.apply("Templates", new LearnSites.Templates());

    // Unchanged inputs whose pages the new templates judge differently are read and cleaned again;
    // the rest are carried.
    PCollectionTuple changed =
        stateFiles
            .apply("AfterLearning", new After<>(sites, StringUtf8Coder.of()))
            .apply(
                "ChangedTemplates",
                ParDo.of(new CarryOver.ChangedTemplateFn(unchanged, templates))
                    .withSideInputs(unchanged, templates)
                    .withOutputTags(CarryOver.CHANGED, TupleTagList.of(CarryOver.AGAIN)));
    PCollectionView<Map<String, Iterable<Boolean>>> again =
        changed
            .get(CarryOver.CHANGED)
            .setCoder(KvCoder.of(StringUtf8Coder.of(), BooleanCoder.of()))
            .apply("AgainMap", View.asMultimap());
    PCollectionTuple reextracted =
        extract("ExtractAgain", changed.get(CarryOver.AGAIN).setCoder(fileCoder), false);
    PCollectionTuple carriedState =
        stateFiles
            .apply(
                "AfterChanges", new After<>(changed.get(CarryOver.CHANGED), StringUtf8Coder.of()))
            .apply(
                "CarryState",
                ParDo.of(new Carry.CarryStateFn(tempDir, prior.writeState(), unchanged, again))
                    .withSideInputs(unchanged, again)
                    .withOutputTags(SHARDS, TupleTagList.of(COUNTS)));
    PCollectionTuple carriedOutputs =
        files(pipeline, "PreviousOutputs", prior.outputFiles())
            .apply(
                "AfterChangesToo",
                new After<>(changed.get(CarryOver.CHANGED), StringUtf8Coder.of()))
            .apply(
                "CarryOutputs",
                ParDo.of(
                        new Carry.CarryOutputsFn(
                            tempDir, fingerprints, priorInputs, unchanged, again))
                    .withSideInputs(priorInputs, unchanged, again)
                    .withOutputTags(SHARDS, TupleTagList.of(List.of(COUNTS, FINGERPRINTS))));

    PCollectionTuple cleaned =
        PCollectionList.of(extracted.get(ExtractFiles.DOCUMENT_SHARDS))
            .and(reextracted.get(ExtractFiles.DOCUMENT_SHARDS))
            .apply("AllDocuments", Flatten.pCollections())
            .setCoder(ShardCoder.of())
            .apply("DocumentsAfterLearning", new After<>(sites, ShardCoder.of()))
            .apply("SpreadDocuments", Reshuffle.viaRandomKey())
            .apply(
                "CleanDocuments",
                ParDo.of(
                        new CleanDocuments(
                            settings, tempDir, templates, fingerprints, prior.writeState()))
                    .withSideInputs(templates)
                    .withOutputTags(SHARDS, TupleTagList.of(List.of(COUNTS, FINGERPRINTS))));

    List<PCollectionTuple> steps =
        List.of(extracted, reextracted, cleaned, carriedState, carriedOutputs);
    PCollectionList<Shard> shardList = PCollectionList.empty(pipeline);
    PCollectionList<OutcomeCounts> countList = PCollectionList.of(sorted.get(COUNTS));
    for (PCollectionTuple step : steps) {
      step.get(SHARDS).setCoder(ShardCoder.of());
      step.get(COUNTS).setCoder(OutcomeCountsCoder.of());
      shardList = shardList.and(step.get(SHARDS));
      countList = countList.and(step.get(COUNTS));
    }
    for (PCollectionTuple step : List.of(cleaned, carriedOutputs)) {
      step.get(FINGERPRINTS).setCoder(SerializableCoder.of(Fingerprint.class));
    }
    PCollection<Shard> shards = shardList.apply("AllShards", Flatten.pCollections());
    shards.setCoder(ShardCoder.of());
    PCollection<OutcomeCounts> counts = countList.apply("AllCounts", Flatten.pCollections());
    counts.setCoder(OutcomeCountsCoder.of());
    PCollection<Fingerprint> fingerprinted =
        PCollectionList.of(cleaned.get(FINGERPRINTS))
            .and(carriedOutputs.get(FINGERPRINTS))
            .apply("AllFingerprints", Flatten.pCollections());
    fingerprinted.setCoder(SerializableCoder.of(Fingerprint.class));
    return PCollectionTuple.of(SHARDS, shards)
        .and(COUNTS, counts)
        .and(SITES, sites)
        .and(FINGERPRINTS, fingerprinted);
  }

  /**
   * Extraction of {@code files} (keyed by their hash); with {@code countLines}, their pages are
   * counted for their sites.
   */
  private PCollectionTuple extract(String name, PCollection<InputFile> files, boolean countLines) {
    PCollectionTuple extracted =
        files.apply(
            name,
            ParDo.of(new ExtractFiles(root, settings, siteKey, tempDir, prior, countLines))
                .withOutputTags(
                    SHARDS,
                    TupleTagList.of(
                        List.of(COUNTS, ExtractFiles.DOCUMENT_SHARDS, ExtractFiles.SITE_LINES))));
    extracted.get(ExtractFiles.DOCUMENT_SHARDS).setCoder(ShardCoder.of());
    extracted
        .get(ExtractFiles.SITE_LINES)
        .setCoder(KvCoder.of(StringUtf8Coder.of(), SiteLinesCoder.of()));
    return extracted;
  }

  /** The given files as a collection of their names, spread over workers. */
  private static PCollection<String> files(Pipeline pipeline, String name, List<String> paths) {
    if (paths.isEmpty()) {
      return pipeline.apply(name, Create.empty(StringUtf8Coder.of()));
    }
    return pipeline
        .apply(name, Create.of(paths).withCoder(StringUtf8Coder.of()))
        .apply(name + "Spread", Reshuffle.viaRandomKey());
  }
}
