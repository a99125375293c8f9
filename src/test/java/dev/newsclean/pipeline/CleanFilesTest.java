package dev.newsclean.pipeline;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.FlatMapElements;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.Sum;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class CleanFilesTest {

  @Rule public final transient TestPipeline pipeline = TestPipeline.create();
  @Rule public final transient TemporaryFolder tmp = new TemporaryFolder();

  private static final String P1 =
      "The minister said on Tuesday that the talks with the other side would continue for as long as it takes, and that both had agreed to meet again.";
  private static final String P2 =
      "Officials from both delegations confirmed that a second round of negotiations was planned for the spring, when the roads to the capital reopen.";

  @Test
  public void writesShardsAndCountsEveryOutcome() throws Exception {
    Path in = tmp.newFolder("in").toPath();
    Files.writeString(in.resolve("a.txt"), P1 + "\nAdvertisement\n" + P2 + "\n");
    Files.writeString(in.resolve("b.txt"), "Advertisement\nShare\n");
    Files.write(in.resolve("c.txt"), new byte[0]);
    String temp = tmp.getRoot() + "/temp";

    PCollectionTuple out =
        pipeline
            .apply("Match", FileIO.match().filepattern(in + "/*"))
            .apply("Open", FileIO.readMatches())
            .apply(
                "Clean",
                new CleanFiles(
                    InputRoot.of(in.toString()),
                    new ExtractSettings(1 << 20, 100_000, 10, "", false),
                    temp));

    PAssert.that(
            out.get(CleanFiles.SHARDS)
                .apply(
                    "LinesByKind",
                    MapElements.into(
                            TypeDescriptors.kvs(TypeDescriptors.strings(), TypeDescriptors.longs()))
                        .via((Shard s) -> KV.of(s.kind(), s.lines())))
                .apply("SumLines", Sum.longsPerKey()))
        .containsInAnyOrder(KV.of("records", 1L), KV.of("removed", 3L), KV.of("rejects", 2L));
    PAssert.that(
            out.get(CleanFiles.COUNTS)
                .apply(
                    "Entries",
                    FlatMapElements.into(
                            TypeDescriptors.kvs(TypeDescriptors.strings(), TypeDescriptors.longs()))
                        .via(CleanFilesTest::entries))
                .apply("SumCounts", Sum.longsPerKey()))
        .containsInAnyOrder(
            KV.of("records", 1L),
            KV.of("rejected:no_text", 1L),
            KV.of("rejected:empty", 1L),
            KV.of("removed:ad.marker", 2L),
            KV.of("removed:share.social", 1L));
    pipeline.run().waitUntilFinish();
  }

  /** A bundle's counts as (outcome, count) pairs, summable across bundles. */
  private static java.util.List<KV<String, Long>> entries(OutcomeCounts c) {
    java.util.List<KV<String, Long>> out = new java.util.ArrayList<>();
    if (c.records > 0) {
      out.add(KV.of("records", c.records));
    }
    c.rejects.forEach((k, v) -> out.add(KV.of("rejected:" + k, v)));
    c.removed.forEach((k, v) -> out.add(KV.of("removed:" + k, v)));
    c.skips.forEach((k, v) -> out.add(KV.of("skipped:" + k, v)));
    return out;
  }
}
