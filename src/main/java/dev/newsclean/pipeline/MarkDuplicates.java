package dev.newsclean.pipeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.transforms.join.CoGroupByKey;
import org.apache.beam.sdk.transforms.join.KeyedPCollectionTuple;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TupleTag;

/**
 * Writes the duplicate flags into the records: each records temp file that holds a flagged record
 * is joined with its flags ({@code CoGroupByKey} on the file, so only one file's flags are ever
 * held) and rewritten with {@code duplicate_of} and {@code duplicate_kind} set; with {@code
 * separate}, flagged records go to a {@code duplicates} file instead. Every other temp file passes
 * through untouched.
 */
final class MarkDuplicates extends PTransform<PCollection<Shard>, PCollection<Shard>> {

  static final String DUPLICATES = "duplicates";

  private final PCollection<KV<String, FlagDuplicates.Flag>> flags;
  private final String tempDir;
  private final boolean separate;

  MarkDuplicates(
      PCollection<KV<String, FlagDuplicates.Flag>> flags, String tempDir, boolean separate) {
    this.flags = flags;
    this.tempDir = tempDir;
    this.separate = separate;
  }

  @Override
  public PCollection<Shard> expand(PCollection<Shard> shards) {
    TupleTag<Shard> files = new TupleTag<>("files");
    TupleTag<FlagDuplicates.Flag> flagged = new TupleTag<>("flags");
    PCollection<KV<String, Shard>> byPath =
        shards
            .apply("ByPath", ParDo.of(new ByPathFn()))
            .setCoder(KvCoder.of(StringUtf8Coder.of(), ShardCoder.of()));
    return KeyedPCollectionTuple.of(files, byPath)
        .and(flagged, flags)
        .apply("JoinFlags", CoGroupByKey.create())
        .apply("Rewrite", ParDo.of(new RewriteFn(files, flagged, tempDir, separate)))
        .setCoder(ShardCoder.of());
  }

  static final class ByPathFn extends DoFn<Shard, KV<String, Shard>> {
    @ProcessElement
    public void process(@Element Shard s, OutputReceiver<KV<String, Shard>> out) {
      out.output(KV.of(s.path(), s));
    }
  }

  static final class RewriteFn extends DoFn<KV<String, CoGbkResult>, Shard> {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final TupleTag<Shard> files;
    private final TupleTag<FlagDuplicates.Flag> flagged;
    private final String tempDir;
    private final boolean separate;

    RewriteFn(
        TupleTag<Shard> files,
        TupleTag<FlagDuplicates.Flag> flagged,
        String tempDir,
        boolean separate) {
      this.files = files;
      this.flagged = flagged;
      this.tempDir = tempDir;
      this.separate = separate;
    }

    @ProcessElement
    public void process(@Element KV<String, CoGbkResult> joined, OutputReceiver<Shard> out)
        throws IOException {
      Shard shard = joined.getValue().getOnly(files, null);
      if (shard == null) {
        return;
      }
      Map<String, FlagDuplicates.Flag> byId = new HashMap<>();
      joined.getValue().getAll(flagged).forEach(f -> byId.put(f.id(), f));
      if (byId.isEmpty()) {
        out.output(shard);
        return;
      }
      // Named after the file it rewrites, the same on every attempt (ContentKey).
      BundleFiles rewritten = new BundleFiles(tempDir, null, null);
      try (BufferedReader in = TempFiles.reader(shard.path())) {
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          ObjectNode record = (ObjectNode) JSON.readTree(line);
          FlagDuplicates.Flag flag = byId.get(record.path("id").asText());
          if (flag == null) {
            rewritten.copy(shard.kind(), line);
            continue;
          }
          record.put("duplicate_of", flag.duplicateOf());
          record.put("duplicate_kind", flag.kind());
          rewritten.copy(separate ? DUPLICATES : shard.kind(), JSON.writeValueAsString(record));
        }
      }
      for (Shard written : rewritten.close(ContentKey.of("mark:" + shard.path()))) {
        out.output(written);
      }
    }
  }
}
