package dev.newsclean.cli;

import dev.newsclean.pipeline.NewscleanOptions;
import dev.newsclean.pipeline.NewscleanPipeline;
import dev.newsclean.pipeline.NewscleanRun;
import java.nio.file.Paths;
import java.util.Arrays;
import org.apache.beam.runners.direct.DirectOptions;
import org.apache.beam.sdk.PipelineResult;

/**
 * Runs newsclean. The pipeline writes into a staging folder beside the output folder, which
 * replaces the output folder only when the run succeeded: a failed run leaves the previous output
 * as it was and exits non-zero with a one-line reason.
 */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    if (CommandLine.wantsHelp(args)) {
      CommandLine.printHelp(System.out);
      return;
    }
    NewscleanOptions options = CommandLine.parse(args, System.err).orElse(null);
    if (options == null) {
      System.exit(CommandLine.USAGE);
    }
    if (!options.getExplain().isEmpty()) {
      System.exit(Explain.run(options, Paths.get(options.getExplain()), System.out, System.err));
    }
    productionDefaults(options, args);
    try {
      run(options);
    } catch (Exception e) {
      if (System.getenv("NEWSCLEAN_DEBUG") != null) {
        e.printStackTrace();
      }
      String reason =
          e.getMessage() == null
              ? e.getClass().getSimpleName()
              : e.getMessage().lines().findFirst().orElse("");
      System.err.println("newsclean: run failed, previous output kept: " + reason);
      System.exit(CommandLine.FAILED);
    }
  }

  /**
   * Runs the pipeline, which writes into a staging folder and swaps it into place ({@link
   * NewscleanPipeline}); returns the finished run (for its counters).
   */
  public static PipelineResult run(NewscleanOptions options) {
    NewscleanRun run = NewscleanPipeline.start(options);
    for (String recovered : run.output().recovered()) {
      if (!options.getQuiet()) {
        System.err.println("newsclean: " + recovered);
      }
    }
    if (!options.getQuiet()) {
      new Progress(System.err, System.console() != null).watch(run.result());
    }
    PipelineResult result = run.waitUntilFinish();
    Progress.Snapshot last = Progress.last(result);
    if (!options.getQuiet() && last != null && last.carried() > 0) {
      System.err.printf(
          java.util.Locale.ROOT,
          "newsclean: %,d of %,d inputs unchanged since the previous run: their records carried over%n",
          last.carried(),
          last.filesMatched());
    }
    if (!options.getQuiet()) {
      System.err.println(
          "newsclean: wrote " + run.output().folder() + " (see report.json and report.html)");
    }
    return result;
  }

  /**
   * The DirectRunner's mutation and encodability checks cost about 3x on light work: off unless
   * asked for (in {@code args}). Benchmarks that call {@link #run} set them as the command does.
   */
  public static void productionDefaults(NewscleanOptions options, String[] args) {
    DirectOptions direct = options.as(DirectOptions.class);
    if (Arrays.stream(args).noneMatch(a -> a.startsWith("--enforceImmutability"))) {
      direct.setEnforceImmutability(false);
    }
    if (Arrays.stream(args).noneMatch(a -> a.startsWith("--enforceEncodability"))) {
      direct.setEnforceEncodability(false);
    }
    // run() returns at once, so the progress line can read the counters while the job goes on.
    if (Arrays.stream(args).noneMatch(a -> a.startsWith("--blockOnRun"))) {
      direct.setBlockOnRun(false);
    }
  }
}
