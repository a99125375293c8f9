package dev.newsclean.pipeline;

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
 * files, flag duplicates, and write the outputs ({@link WriteOutputs}). Each step is a named
 * composite with its logic in plain classes.
 */
public final class NewscleanPipeline {

  private NewscleanPipeline() {}

  /**
   * Adds the whole pipeline to {@code pipeline}: it writes into a staging folder beside {@code
   * options.getOutput()} and, as its last step, swaps it into place ({@link WriteOutputs}). Returns
   * where the run writes; a caller that does not run the pipeline discards it.
   */
  public static RunOutput build(Pipeline pipeline, NewscleanOptions options) {
    InputRoot root = InputRoot.of(options.getInput());
    SiteKey siteKey = SiteKey.parse(options.getSiteKey());
    ExtractSettings settings = ExtractSettings.of(options);
    RunOutput output = RunOutput.prepare(options.getOutput());
    try {
      wire(pipeline, options, output, root, siteKey, settings);
      return output;
    } catch (RuntimeException e) {
      output.discard();
      throw e;
    }
  }

  private static void wire(
      Pipeline pipeline,
      NewscleanOptions options,
      RunOutput output,
      InputRoot root,
      SiteKey siteKey,
      ExtractSettings settings) {
    String temp = output.temp();
    String stateIn = stateIn(options, output);
    String stateOut = stateOut(options, output);
    PriorRun prior =
        PriorRun.plan(
            stateIn,
            options.getPreviousOutput().isEmpty() ? output.folder() : options.getPreviousOutput(),
            options.getIncremental(),
            options.getQuickCheck(),
            stateOut != null,
            CodeFingerprint.of(settings, siteKey));
    PCollectionTuple cleaned =
        pipeline
            .apply("MatchScrapes", new MatchScrapes(root))
            .apply(
                "CleanFiles",
                new CleanFiles(
                    root, settings, temp, siteKey, stateIn, prior, options.getDuplicates()));
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
    PCollectionTuple outputs =
        PCollectionTuple.of(CleanFiles.SHARDS, shards)
            .and(CleanFiles.COUNTS, counts)
            .and(CleanFiles.SITES, cleaned.get(CleanFiles.SITES));
    outputs.apply(
        "WriteOutputs",
        new WriteOutputs(
            output,
            options.getDuplicates() && options.getDuplicatesFile(),
            stateOut,
            prior.token()));
  }

  /**
   * The state an earlier run left: {@code --stateIn}, else {@code --state}, else {@code state/} in
   * the output folder; null for none.
   */
  static String stateIn(NewscleanOptions options, RunOutput output) {
    if (options.getState().equals("none")) {
      return null;
    }
    if (!options.getStateIn().isEmpty()) {
      return options.getStateIn();
    }
    return options.getState().isEmpty() ? output.folder() + "/state" : options.getState();
  }

  /**
   * Where this run's state goes: {@code --state}, else {@code state/} in the staging folder
   * (swapped in with the output); null for none.
   */
  static String stateOut(NewscleanOptions options, RunOutput output) {
    if (options.getState().equals("none")) {
      return null;
    }
    return options.getState().isEmpty() ? output.staging() + "/state" : options.getState();
  }

  /** Builds and runs the pipeline, waiting for it to finish and its output to be in place. */
  public static PipelineResult run(NewscleanOptions options) {
    return start(options).waitUntilFinish();
  }

  /**
   * Builds and starts the pipeline; whether it returns before the job ends is the runner's choice.
   */
  public static NewscleanRun start(NewscleanOptions options) {
    Pipeline pipeline = Pipeline.create(options);
    RunOutput output = build(pipeline, options);
    try {
      return new NewscleanRun(pipeline.run(), output);
    } catch (RuntimeException e) {
      output.discard();
      throw e;
    }
  }
}
