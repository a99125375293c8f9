package dev.newsclean.pipeline;

import java.util.Map;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.transforms.Count;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Values;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * Spreads matched files over buckets of about {@code filesPerBatch} files each, so the work is
 * split into bundles of a steady size whatever the corpus size: large enough that per-bundle costs
 * (on the DirectRunner, translating each step once per bundle) stay small, small enough that a
 * bundle's output never has to hold the whole corpus. On a cluster runner it is the shuffle that
 * spreads the files over the workers.
 *
 * <p>A folder's files stay together: the files of a folder of {@code n} files go to {@code ceil(n /
 * filesPerBatch)} neighbouring buckets, starting at a bucket chosen by a hash of the folder's name,
 * and small folders share buckets. Scrapes keep a site in a folder, so a bundle sees few sites and
 * sends few partial counts of each site's lines: without this, every bundle held a part of every
 * site, and summing those parts grew with bundles times sites. The counts (of all files and of each
 * folder's) come as side inputs.
 */
public final class BatchFiles
    extends PTransform<PCollection<MatchResult.Metadata>, PCollection<MatchResult.Metadata>> {

  private final InputRoot root;
  private final int filesPerBatch;

  public BatchFiles(InputRoot root, int filesPerBatch) {
    this.root = root;
    this.filesPerBatch = filesPerBatch;
  }

  @Override
  public PCollection<MatchResult.Metadata> expand(PCollection<MatchResult.Metadata> files) {
    PCollectionView<Long> count =
        files.apply("CountFiles", Count.globally()).apply("AsSingleton", View.asSingleton());
    PCollectionView<Map<String, Long>> perFolder =
        files
            .apply(
                "Folders",
                MapElements.into(TypeDescriptors.strings())
                    .via((MatchResult.Metadata file) -> folder(root, file)))
            .apply("CountPerFolder", Count.perElement())
            .apply("AsMap", View.asMap());
    return files
        .apply(
            "KeyByBucket",
            ParDo.of(new KeyByBucketFn(root, count, perFolder, filesPerBatch))
                .withSideInputs(count, perFolder))
        .apply("GroupBuckets", GroupByKey.create())
        .apply("Buckets", Values.create())
        .apply("Ungroup", Flatten.iterables());
  }

  static String folder(InputRoot root, MatchResult.Metadata file) {
    return SiteKey.folder(root.relativize(file.resourceId().toString()));
  }

  /**
   * The bucket of one file: of {@code buckets}, a folder of {@code folderFiles} files takes {@code
   * ceil(folderFiles / filesPerBatch)} neighbours from its start, chosen among them by the path.
   */
  static int bucket(String folder, String path, long folderFiles, long buckets, int filesPerBatch) {
    long spread = Math.max(1, Math.min(buckets, (folderFiles + filesPerBatch - 1) / filesPerBatch));
    long start = Math.floorMod(folder.hashCode(), buckets);
    return (int) ((start + Math.floorMod(path.hashCode(), spread)) % buckets);
  }

  /** Keys each file by its bucket. */
  static final class KeyByBucketFn
      extends DoFn<MatchResult.Metadata, KV<Integer, MatchResult.Metadata>> {

    private final InputRoot root;
    private final PCollectionView<Long> count;
    private final PCollectionView<Map<String, Long>> perFolder;
    private final int filesPerBatch;
    private final Counter matched = RunMetrics.counter(RunMetrics.FILES_MATCHED);
    private final Counter matchedBytes = RunMetrics.counter(RunMetrics.BYTES_MATCHED);

    KeyByBucketFn(
        InputRoot root,
        PCollectionView<Long> count,
        PCollectionView<Map<String, Long>> perFolder,
        int filesPerBatch) {
      this.root = root;
      this.count = count;
      this.perFolder = perFolder;
      this.filesPerBatch = filesPerBatch;
    }

    @ProcessElement
    public void process(@Element MatchResult.Metadata file, ProcessContext context) {
      matched.inc();
      matchedBytes.inc(Math.max(0, file.sizeBytes()));
      long files = context.sideInput(count);
      long buckets =
          Math.max(1, Math.min(Integer.MAX_VALUE, (files + filesPerBatch - 1) / filesPerBatch));
      String folder = folder(root, file);
      long folderFiles = context.sideInput(perFolder).getOrDefault(folder, 1L);
      context.output(
          KV.of(
              bucket(folder, file.resourceId().toString(), folderFiles, buckets, filesPerBatch),
              file));
    }
  }
}
