package dev.newsclean.pipeline;

import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PDone;

/**
 * Everything a run leaves, in its staging folder ({@link RunOutput}), then swapped into place: the
 * bundles' temp files moved into their final names ({@link FinalizeOutputs}), the report ({@link
 * BuildReport}) and the site state ({@link SiteState.Write}); once all three are written, one last
 * step swaps the staging folder in for the output folder. Input: {@link CleanFiles#SHARDS}, {@link
 * CleanFiles#COUNTS} and, when a state is written, {@link CleanFiles#SITES}.
 */
public final class WriteOutputs extends PTransform<PCollectionTuple, PDone> {

  private final RunOutput output;
  private final boolean duplicatesFile;
  private final String stateOut;
  private final String token;

  /**
   * With {@code duplicatesFile}, a {@code duplicates-*.jsonl} is always written; with a {@code
   * stateOut}, the state goes there, marked with {@code token} ({@link FinalizeOutputs}).
   */
  WriteOutputs(RunOutput output, boolean duplicatesFile, String stateOut, String token) {
    this.output = output;
    this.duplicatesFile = duplicatesFile;
    this.stateOut = stateOut;
    this.token = token;
  }

  @Override
  public PDone expand(PCollectionTuple outputs) {
    PCollectionList<String> written =
        PCollectionList.of(
                outputs
                    .get(CleanFiles.SHARDS)
                    .apply(
                        "FinalizeOutputs",
                        new FinalizeOutputs(
                            output.staging(), output.temp(), duplicatesFile, stateOut, token)))
            .and(
                outputs
                    .get(CleanFiles.COUNTS)
                    .apply("BuildReport", new BuildReport(output.staging())));
    if (stateOut != null) {
      written =
          written.and(
              outputs.get(CleanFiles.SITES).apply("WriteState", new SiteState.Write(stateOut)));
    }
    PCollection<String> allWritten = written.apply("AllWritten", Flatten.pCollections());
    outputs
        .getPipeline()
        .apply("Output", Create.of(output.folder()))
        .apply("AfterAllWritten", new After<>(allWritten, StringUtf8Coder.of()))
        .apply("SwapIntoPlace", ParDo.of(new SwapFn(output)));
    return PDone.in(outputs.getPipeline());
  }

  /** Swaps the staging folder in for the output folder. */
  static final class SwapFn extends DoFn<String, Void> {
    private final RunOutput output;

    SwapFn(RunOutput output) {
      this.output = output;
    }

    @ProcessElement
    public void process(@Element String folder) throws java.io.IOException {
      output.publish();
    }
  }
}
