package dev.newsclean.pipeline;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.io.fs.MoveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.util.MimeTypes;
import org.apache.beam.sdk.values.PCollection;

/**
 * Moves the bundles' temp files into place as {@code <kind>-SSSSS-of-NNNNN.jsonl}, writes an empty
 * {@code <kind>-00000-of-00001.jsonl} for a kind no bundle wrote (so every run leaves the same set
 * of files), and deletes the temp folder with anything a retried bundle left in it.
 */
public final class FinalizeOutputs extends PTransform<PCollection<Shard>, PCollection<String>> {

  static final List<String> KINDS =
      List.of(CleanFiles.RECORDS, CleanFiles.REMOVED, CleanFiles.REJECTS);

  private final String outputDir;
  private final String tempDir;
  private final List<String> kinds;
  private final String stateDir;
  private final String token;

  public FinalizeOutputs(String outputDir, String tempDir) {
    this(outputDir, tempDir, false, null, "");
  }

  /**
   * With {@code duplicatesFile}, a {@code duplicates-*.jsonl} is always written too. With a {@code
   * stateDir}, the state entries of the inputs ({@link InputEntry}) go there as {@code
   * inputs-*.jsonl}, replacing the previous run's, and {@code token} marks both that state and the
   * output as one run's ({@link PriorRun}).
   */
  FinalizeOutputs(
      String outputDir, String tempDir, boolean duplicatesFile, String stateDir, String token) {
    this.outputDir = outputDir;
    this.tempDir = tempDir;
    this.kinds =
        duplicatesFile
            ? List.of(
                CleanFiles.RECORDS,
                CleanFiles.REMOVED,
                CleanFiles.REJECTS,
                MarkDuplicates.DUPLICATES)
            : KINDS;
    this.stateDir = stateDir;
    this.token = token;
  }

  /** Returns one element, the output folder, once every file is in place. */
  @Override
  public PCollection<String> expand(PCollection<Shard> shards) {
    return shards
        .apply("CollectShards", Combine.globally(new ToListFn()))
        .apply(
            "MoveIntoPlace", ParDo.of(new FinalizeFn(outputDir, tempDir, kinds, stateDir, token)))
        .setCoder(StringUtf8Coder.of());
  }

  /** All shards as one list (a few per bundle: small). */
  static final class ToListFn extends Combine.CombineFn<Shard, ArrayList<Shard>, ArrayList<Shard>>
      implements Serializable {
    @Override
    public ArrayList<Shard> createAccumulator() {
      return new ArrayList<>();
    }

    @Override
    public ArrayList<Shard> addInput(ArrayList<Shard> acc, Shard shard) {
      acc.add(shard);
      return acc;
    }

    @Override
    public ArrayList<Shard> mergeAccumulators(Iterable<ArrayList<Shard>> accs) {
      ArrayList<Shard> all = new ArrayList<>();
      accs.forEach(all::addAll);
      return all;
    }

    @Override
    public ArrayList<Shard> extractOutput(ArrayList<Shard> acc) {
      return acc;
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Coder<ArrayList<Shard>> getAccumulatorCoder(
        CoderRegistry registry, Coder<Shard> inputCoder) {
      return (Coder) SerializableCoder.of(ArrayList.class);
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Coder<ArrayList<Shard>> getDefaultOutputCoder(
        CoderRegistry registry, Coder<Shard> inputCoder) {
      return (Coder) SerializableCoder.of(ArrayList.class);
    }
  }

  static final class FinalizeFn extends DoFn<ArrayList<Shard>, String> {

    private final String outputDir;
    private final String tempDir;
    private final List<String> kinds;
    private final String stateDir;
    private final String token;

    FinalizeFn(
        String outputDir, String tempDir, List<String> kinds, String stateDir, String token) {
      this.outputDir = outputDir;
      this.tempDir = tempDir;
      this.kinds = kinds;
      this.stateDir = stateDir;
      this.token = token;
    }

    @ProcessElement
    public void process(@Element ArrayList<Shard> shards, OutputReceiver<String> done)
        throws IOException {
      for (String kind : kinds) {
        move(shards, kind, outputDir);
      }
      if (stateDir != null) {
        // Every step that read the previous state is upstream of these shards: it is no longer
        // read.
        List<ResourceId> old = new ArrayList<>();
        for (String file : PriorRun.match(stateDir + "/" + CleanFiles.INPUTS + "-*.jsonl")) {
          old.add(FileSystems.matchNewResource(file, false));
        }
        FileSystems.delete(old, MoveOptions.StandardMoveOptions.IGNORE_MISSING_FILES);
        move(shards, CleanFiles.INPUTS, stateDir);
        write(stateDir + "/" + PriorRun.STATE_TOKEN, token);
        write(outputDir + "/" + PriorRun.OUTPUT_TOKEN, token);
      }
      deleteTemp();
      done.output(outputDir);
    }

    /**
     * Moves the shards of {@code kind} into {@code folder} as {@code kind-SSSSS-of-NNNNN.jsonl}
     * (one empty file when there are none).
     */
    private static void move(List<Shard> shards, String kind, String folder) throws IOException {
      List<Shard> mine =
          shards.stream()
              .filter(s -> s.kind().equals(kind))
              .sorted(Comparator.comparing(Shard::path))
              .toList();
      if (mine.isEmpty()) {
        FileSystems.create(resource(folder, name(kind, 0, 1)), MimeTypes.TEXT).close();
        return;
      }
      List<ResourceId> from = new ArrayList<>();
      List<ResourceId> to = new ArrayList<>();
      for (int i = 0; i < mine.size(); i++) {
        from.add(FileSystems.matchNewResource(mine.get(i).path(), false));
        to.add(resource(folder, name(kind, i, mine.size())));
      }
      FileSystems.rename(from, to, MoveOptions.StandardMoveOptions.IGNORE_MISSING_FILES);
    }

    private static void write(String path, String text) throws IOException {
      try (var out =
          java.nio.channels.Channels.newOutputStream(
              FileSystems.create(FileSystems.matchNewResource(path, false), MimeTypes.TEXT))) {
        out.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      }
    }

    private void deleteTemp() throws IOException {
      List<ResourceId> leftovers = new ArrayList<>();
      for (MatchResult.Metadata m :
          FileSystems.match(List.of(tempDir + "/*"), EmptyMatchTreatment.ALLOW).get(0).metadata()) {
        leftovers.add(m.resourceId());
      }
      FileSystems.delete(leftovers, MoveOptions.StandardMoveOptions.IGNORE_MISSING_FILES);
      FileSystems.delete(
          List.of(FileSystems.matchNewResource(tempDir, true)),
          MoveOptions.StandardMoveOptions.IGNORE_MISSING_FILES);
    }

    private static ResourceId resource(String folder, String name) {
      return FileSystems.matchNewResource(folder + "/" + name, false);
    }

    static String name(String kind, int shard, int of) {
      return String.format("%s-%05d-of-%05d.jsonl", kind, shard, of);
    }
  }
}
