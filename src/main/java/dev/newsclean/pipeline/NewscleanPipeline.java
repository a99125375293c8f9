package dev.newsclean.pipeline;

import java.util.UUID;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TypeDescriptor;

/**
 * The newsclean pipeline, wiring only: find the scrapes, extract and clean them into per-bundle
 * files, move those into place, and write the report. Each step is a named composite with its logic
 * in plain classes.
 */
public final class NewscleanPipeline {

  private NewscleanPipeline() {}

  /** Adds the whole pipeline to {@code pipeline}, writing into {@code options.getOutput()}. */
  public static void build(Pipeline pipeline, NewscleanOptions options) {
    String out = options.getOutput();
    String temp = out + "/.newsclean-temp-" + UUID.randomUUID();
    InputRoot root = InputRoot.of(options.getInput());
    SiteKey siteKey = SiteKey.parse(options.getSiteKey());
    ExtractSettings settings = ExtractSettings.of(options);
    String stateOut = stateOut(options);
    PriorRun prior =
        PriorRun.plan(
            stateIn(options),
            options.getPreviousOutput(),
            options.getIncremental(),
            stateOut != null,
            CodeFingerprint.of(settings, siteKey));
    PCollectionTuple cleaned =
        pipeline
            .apply("MatchScrapes", new MatchScrapes(root))
            .apply(
                "CleanFiles",
                new CleanFiles(
                    root,
                    settings,
                    temp,
                    siteKey,
                    stateIn(options),
                    prior,
                    options.getDuplicates()));
    PCollection<Shard> shards = cleaned.get(CleanFiles.SHARDS);
    PCollection<OutcomeCounts> counts = cleaned.get(CleanFiles.COUNTS);
    if (options.getDuplicates()) {
      PCollection<KV<String, FlagDuplicates.Flag>> duplicates =
          cleaned.get(CleanFiles.FINGERPRINTS).apply("FlagDuplicates", new FlagDuplicates());
      shards =
          shards.apply(
              "MarkDuplicates", new MarkDuplicates(duplicates, temp, options.getDuplicatesFile()));
      PCollection<OutcomeCounts> duplicateCounts =
          duplicates
              .apply(
                  "CountDuplicates",
                  MapElements.into(TypeDescriptor.of(OutcomeCounts.class))
                      .via(
                          (KV<String, FlagDuplicates.Flag> f) ->
                              OutcomeCounts.duplicate(f.getValue().kind())))
              .setCoder(OutcomeCountsCoder.of());
      counts =
          PCollectionList.of(counts)
              .and(duplicateCounts)
              .apply("AllCounts", Flatten.pCollections())
              .setCoder(OutcomeCountsCoder.of());
    }
    shards.apply(
        "FinalizeOutputs",
        new FinalizeOutputs(
            out,
            temp,
            options.getDuplicates() && options.getDuplicatesFile(),
            stateOut,
            prior.token()));
    counts.apply("BuildReport", new BuildReport(out));
    if (stateOut != null) {
      cleaned.get(CleanFiles.SITES).apply("WriteState", new SiteState.Write(stateOut));
    }
  }

  /**
   * The state an earlier run left: {@code --stateIn}, else {@code --state}, else {@code state/} in
   * the output; null for none.
   */
  static String stateIn(NewscleanOptions options) {
    if (options.getState().equals("none")) {
      return null;
    }
    if (!options.getStateIn().isEmpty()) {
      return options.getStateIn();
    }
    return options.getState().isEmpty() ? options.getOutput() + "/state" : options.getState();
  }

  /**
   * Where this run's state goes: {@code --state}, else {@code state/} in the output; null for none.
   */
  static String stateOut(NewscleanOptions options) {
    if (options.getState().equals("none")) {
      return null;
    }
    return options.getState().isEmpty() ? options.getOutput() + "/state" : options.getState();
  }

  /** Builds and runs the pipeline, waiting for it to finish. */
  public static PipelineResult run(NewscleanOptions options) {
    PipelineResult result = start(options);
    result.waitUntilFinish();
    return result;
  }

  /**
   * Builds and starts the pipeline; whether it returns before the job ends is the runner's choice.
   */
  public static PipelineResult start(NewscleanOptions options) {
    Pipeline pipeline = Pipeline.create(options);
    build(pipeline, options);
    return pipeline.run();
  }
}
