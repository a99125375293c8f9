package dev.newsclean.pipeline;

import dev.newsclean.io.Json;
import java.io.Serializable;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.io.TextIO;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.SerializableFunction;
import org.apache.beam.sdk.transforms.Values;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * Sums the bundles' outcome counts with Beam transforms (nothing is collected on the driver) and
 * writes {@code report.json} and, for a person to read, {@code report.html} ({@link ReportPage}).
 * Every input unit ends as exactly one record, reject or skip, so {@code inputs == records +
 * rejected + skipped}.
 */
public final class BuildReport extends PTransform<PCollection<OutcomeCounts>, PCollection<String>> {

  static final int FANOUT = 16;

  private final String outputDir;

  public BuildReport(String outputDir) {
    this.outputDir = outputDir;
  }

  /** Returns the names of the files written, once they are in place. */
  @Override
  public PCollection<String> expand(PCollection<OutcomeCounts> counts) {
    // Fan-out: a runner that groups before combining (the DirectRunner) copies each group's values
    // as it grows; sixteen partial sums keep every group small.
    PCollection<Report> report =
        counts.apply("SumCounts", Combine.globally(new SumFn()).withFanout(FANOUT));
    PCollection<String> json = write(report, "Json", Json::line, "WriteReport", ".json");
    PCollection<String> html =
        write(report, "Html", ReportPage::render, "WriteReportPage", ".html");
    return PCollectionList.of(json).and(html).apply("ReportWritten", Flatten.pCollections());
  }

  /** The report rendered by {@code render} into {@code report<suffix>}; returns the file's name. */
  private PCollection<String> write(
      PCollection<Report> report,
      String as,
      SerializableFunction<Report, String> render,
      String step,
      String suffix) {
    return report
        .apply("To" + as, MapElements.into(TypeDescriptors.strings()).via(render))
        .apply(
            step,
            TextIO.write()
                .to(outputDir + "/report")
                .withSuffix(suffix)
                .withoutSharding()
                .withOutputFilenames())
        .getPerDestinationOutputFilenames()
        .apply(as + "Written", Values.create());
  }

  /** Merges the bundles' counts, then reads them as a {@link Report}. */
  static final class SumFn extends Combine.CombineFn<OutcomeCounts, OutcomeCounts, Report>
      implements Serializable {

    @Override
    public OutcomeCounts createAccumulator() {
      return new OutcomeCounts();
    }

    @Override
    public OutcomeCounts addInput(OutcomeCounts acc, OutcomeCounts counts) {
      return acc.merge(counts);
    }

    @Override
    public OutcomeCounts mergeAccumulators(Iterable<OutcomeCounts> accs) {
      OutcomeCounts merged = new OutcomeCounts();
      for (OutcomeCounts acc : accs) {
        merged.merge(acc);
      }
      return merged;
    }

    @Override
    public Report extractOutput(OutcomeCounts acc) {
      return Report.of(acc);
    }

    @Override
    public Coder<OutcomeCounts> getAccumulatorCoder(
        CoderRegistry registry, Coder<OutcomeCounts> inputCoder) {
      return OutcomeCountsCoder.of();
    }

    @Override
    public Coder<Report> getDefaultOutputCoder(
        CoderRegistry registry, Coder<OutcomeCounts> inputCoder) {
      return SerializableCoder.of(Report.class);
    }
  }
}
