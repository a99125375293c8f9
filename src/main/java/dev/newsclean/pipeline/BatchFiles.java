package dev.newsclean.pipeline;

import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.transforms.Count;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Values;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionView;

/**
 * Spreads matched files over buckets of about {@code filesPerBatch} files each, by a hash of their
 * path, so the work is split into bundles of a steady size whatever the corpus size: large enough
 * that per-bundle costs (on the DirectRunner, translating each step once per bundle) stay small,
 * small enough that a bundle's output never has to hold the whole corpus. On a cluster runner it
 * is the shuffle that spreads the files over the workers. The number of buckets comes from a count
 * of the matched files, as a side input.
 */
public final class BatchFiles extends PTransform<PCollection<MatchResult.Metadata>, PCollection<MatchResult.Metadata>> {

  private final int filesPerBatch;

  public BatchFiles(int filesPerBatch) {
    this.filesPerBatch = filesPerBatch;
  }

  @Override
  public PCollection<MatchResult.Metadata> expand(PCollection<MatchResult.Metadata> files) {
    PCollectionView<Long> count = files.apply("CountFiles", Count.globally()).apply("AsSingleton", View.asSingleton());
    return files
        .apply("KeyByBucket", ParDo.of(new KeyByBucketFn(count, filesPerBatch)).withSideInputs(count))
        .apply("GroupBuckets", GroupByKey.create())
        .apply("Buckets", Values.create())
        .apply("Ungroup", Flatten.iterables());
  }

  /** Keys each file by a bucket: a hash of its path, modulo the number of buckets. */
  static final class KeyByBucketFn extends DoFn<MatchResult.Metadata, KV<Integer, MatchResult.Metadata>> {

    private final PCollectionView<Long> count;
    private final int filesPerBatch;
    private final org.apache.beam.sdk.metrics.Counter matched = RunMetrics.counter(RunMetrics.FILES_MATCHED);
    private final org.apache.beam.sdk.metrics.Counter matchedBytes = RunMetrics.counter(RunMetrics.BYTES_MATCHED);

    KeyByBucketFn(PCollectionView<Long> count, int filesPerBatch) {
      this.count = count;
      this.filesPerBatch = filesPerBatch;
    }

    @ProcessElement
    public void process(@Element MatchResult.Metadata file, ProcessContext context) {
      matched.inc();
      matchedBytes.inc(Math.max(0, file.sizeBytes()));
      long files = context.sideInput(count);
      int buckets = (int) Math.max(1, Math.min(Integer.MAX_VALUE, (files + filesPerBatch - 1) / filesPerBatch));
      context.output(KV.of(Math.floorMod(file.resourceId().toString().hashCode(), buckets), file));
    }
  }
}
