package dev.newsclean.pipeline;

import dev.newsclean.model.Reject;
import dev.newsclean.model.Removal;
import java.io.Serializable;
import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * Counts the run's outcomes with Beam transforms (no driver-side collection): records, rejects by
 * reason, skipped by kind, removed lines by rule. Every input unit ends as exactly one record,
 * reject or skip, so {@code inputs == records + rejected + skipped}.
 */
public final class BuildReport extends PTransform<PCollectionList<String>, PCollection<Report>> {

  static final String RECORD = "records";
  static final String REJECTED = "rejected:";
  static final String SKIPPED = "skipped:";
  static final String REMOVED = "removed:";

  /** The outcome key of each kind of element, to flatten into this transform's input. */
  public static PCollection<String> recordKeys(PCollection<?> articles) {
    return articles.apply("RecordKeys", MapElements.into(TypeDescriptors.strings()).via(a -> RECORD));
  }

  public static PCollection<String> rejectKeys(String name, PCollection<Reject> rejects) {
    return rejects.apply(name, MapElements.into(TypeDescriptors.strings()).via((Reject r) -> REJECTED + r.reason()));
  }

  public static PCollection<String> skipKeys(PCollection<String> skipped) {
    return skipped.apply("SkipKeys", MapElements.into(TypeDescriptors.strings()).via((String s) -> SKIPPED + s.substring(s.indexOf('\t') + 1)));
  }

  public static PCollection<String> removalKeys(PCollection<Removal> removed) {
    return removed.apply("RemovalKeys", MapElements.into(TypeDescriptors.strings()).via((Removal r) -> REMOVED + r.rule()));
  }

  @Override
  public PCollection<Report> expand(PCollectionList<String> keys) {
    return keys.apply("FlattenOutcomes", Flatten.pCollections()).apply("CountOutcomes", Combine.globally(new CountFn()));
  }

  /** Sums outcome keys into a sorted map, then into a {@link Report}. */
  static final class CountFn extends Combine.CombineFn<String, TreeMap<String, Long>, Report> implements Serializable {

    @Override
    public TreeMap<String, Long> createAccumulator() {
      return new TreeMap<>();
    }

    @Override
    public TreeMap<String, Long> addInput(TreeMap<String, Long> acc, String key) {
      acc.merge(key, 1L, Long::sum);
      return acc;
    }

    @Override
    public TreeMap<String, Long> mergeAccumulators(Iterable<TreeMap<String, Long>> accs) {
      TreeMap<String, Long> merged = new TreeMap<>();
      for (Map<String, Long> acc : accs) {
        acc.forEach((k, v) -> merged.merge(k, v, Long::sum));
      }
      return merged;
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Coder<TreeMap<String, Long>> getAccumulatorCoder(CoderRegistry registry, Coder<String> inputCoder) {
      return (Coder) SerializableCoder.of(TreeMap.class);
    }

    @Override
    public Coder<Report> getDefaultOutputCoder(CoderRegistry registry, Coder<String> inputCoder) {
      return SerializableCoder.of(Report.class);
    }

    @Override
    public Report extractOutput(TreeMap<String, Long> acc) {
      return Report.of(acc);
    }
  }
}
