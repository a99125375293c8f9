package dev.newsclean.pipeline;

import org.apache.beam.sdk.PipelineResult;

/**
 * A started run: its pipeline's result (for the counters while it runs) and its output. Waiting for
 * it gives the finished result, the output swapped into place; a run that failed leaves no staging
 * folder behind.
 */
public final class NewscleanRun {

  private final PipelineResult result;
  private final RunOutput output;

  NewscleanRun(PipelineResult result, RunOutput output) {
    this.result = result;
    this.output = output;
  }

  public PipelineResult result() {
    return result;
  }

  public RunOutput output() {
    return output;
  }

  /**
   * Waits for the run to end; throws when it failed or was cancelled, after deleting its staging
   * folder.
   */
  public PipelineResult waitUntilFinish() {
    PipelineResult.State state;
    try {
      state = result.waitUntilFinish();
    } catch (RuntimeException e) {
      output.discard();
      throw e;
    }
    if (state != null && state.isTerminal() && state != PipelineResult.State.DONE) {
      output.discard();
      throw new IllegalStateException("the run ended " + state);
    }
    return result;
  }
}
