package dev.newsclean.pipeline;

import dev.newsclean.io.Json;
import java.io.Serializable;
import java.util.TreeMap;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.io.TextIO;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PDone;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * Sums the bundles' outcome counts with Beam transforms (nothing is collected on the driver) and
 * writes {@code report.json}. Every input unit ends as exactly one record, reject or skip, so
 * {@code inputs == records + rejected + skipped}.
 */
public final class BuildReport extends PTransform<PCollection<OutcomeCounts>, PDone> {

  private final String outputDir;

  public BuildReport(String outputDir) {
    this.outputDir = outputDir;
  }

  @Override
  public PDone expand(PCollection<OutcomeCounts> counts) {
    return counts
        .apply("SumCounts", Combine.globally(new SumFn()))
        .apply("ToJson", MapElements.into(TypeDescriptors.strings()).via(Json::line))
        .apply("WriteReport", TextIO.write().to(outputDir + "/report").withSuffix(".json").withoutSharding());
  }

  /** Sums counts by key, then reads them as a {@link Report}. */
  static final class SumFn extends Combine.CombineFn<OutcomeCounts, TreeMap<String, Long>, Report> implements Serializable {

    @Override
    public TreeMap<String, Long> createAccumulator() {
      return new TreeMap<>();
    }

    @Override
    public TreeMap<String, Long> addInput(TreeMap<String, Long> acc, OutcomeCounts counts) {
      counts.counts().forEach((k, v) -> acc.merge(k, v, Long::sum));
      return acc;
    }

    @Override
    public TreeMap<String, Long> mergeAccumulators(Iterable<TreeMap<String, Long>> accs) {
      TreeMap<String, Long> merged = new TreeMap<>();
      for (TreeMap<String, Long> acc : accs) {
        acc.forEach((k, v) -> merged.merge(k, v, Long::sum));
      }
      return merged;
    }

    @Override
    public Report extractOutput(TreeMap<String, Long> acc) {
      return Report.of(acc);
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Coder<TreeMap<String, Long>> getAccumulatorCoder(CoderRegistry registry, Coder<OutcomeCounts> inputCoder) {
      return (Coder) SerializableCoder.of(TreeMap.class);
    }

    @Override
    public Coder<Report> getDefaultOutputCoder(CoderRegistry registry, Coder<OutcomeCounts> inputCoder) {
      return SerializableCoder.of(Report.class);
    }
  }
}
