package dev.newsclean.pipeline;

import dev.newsclean.clean.MinHash;
import dev.newsclean.clean.ParagraphPrint;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.transforms.join.CoGroupByKey;
import org.apache.beam.sdk.transforms.join.KeyedPCollectionTuple;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.TupleTag;

/**
 * Finds the records whose text is a copy of another record's in this run, with Beam transforms only
 * (so it runs the same on every runner and never holds the corpus). Exact copies share the key of
 * their words ({@code GroupByKey} on it). Near copies share a MinHash band ({@code GroupByKey} on
 * each band key gives candidates: the three first records of the band (first seen, then smallest
 * id) for every other member), and so do later versions that share a paragraph ({@link
 * ParagraphPrint#keys}, grouped with the bands); a candidate pair is kept when the Jaccard
 * similarity of its shingle sets ({@link MinHash#jaccard}) is at least {@link MinHash#THRESHOLD} or
 * its paragraphs are those of versions of one article ({@link ParagraphPrint#versions}; two joins
 * bring both fingerprints to each candidate pair). Copies found either way are edges of a graph
 * whose clusters are the stories: the first record (the one first seen in a run, then the smallest
 * id) is passed along the edges for {@link ClusterCopies#ROUNDS} rounds (one {@code GroupByKey}
 * each, over the records that have copies only), and becomes each record's canonical. Every record
 * of a cluster but the canonical is flagged, {@code exact} when its words are the canonical's,
 * {@code near} otherwise. Output: each flag keyed by the temp file its record is in, for {@link
 * MarkDuplicates}.
 */
public final class FlagDuplicates
    extends PTransform<PCollection<Fingerprint>, PCollection<KV<String, FlagDuplicates.Flag>>> {

  public static final String EXACT = "exact";
  public static final String NEAR = "near";

  /** Candidates taken from each band for each member: the smallest ids before it. */
  static final int CANDIDATES_PER_BAND = 3;

  /** A record that duplicates {@code duplicateOf}. */
  public record Flag(String id, String shard, String duplicateOf, String kind)
      implements Serializable {}

  /**
   * A record as duplicate finding sees it; {@code since} is the run its input was first read in
   * ({@link InputEntry}), so a record seen in an earlier run stays the canonical one of its copies.
   */
  record Member(String id, String shard, String exactKey, long since) implements Serializable {

    static Member of(Fingerprint f) {
      return new Member(f.id(), f.shard(), f.exactKey(), f.since());
    }

    /** First seen first, then the smallest id. */
    static final java.util.Comparator<Member> ORDER =
        java.util.Comparator.comparingLong(Member::since).thenComparing(Member::id);

    boolean before(Member other) {
      return ORDER.compare(this, other) < 0;
    }
  }

  /** Two records found to be copies of each other, either way round. */
  record Edge(Member from, Member to) implements Serializable {}

  @Override
  public PCollection<KV<String, Flag>> expand(PCollection<Fingerprint> fingerprints) {
    var memberCoder = KvCoder.of(StringUtf8Coder.of(), SerializableCoder.of(Member.class));

    var edgeCoder = KvCoder.of(StringUtf8Coder.of(), SerializableCoder.of(Edge.class));
    PCollection<KV<String, Edge>> exact =
        fingerprints
            .apply(
                "ByWords",
                ParDo.of(
                    new DoFn<Fingerprint, KV<String, Member>>() {
                      @ProcessElement
                      public void process(
                          @Element Fingerprint f, OutputReceiver<KV<String, Member>> out) {
                        out.output(KV.of(f.exactKey(), Member.of(f)));
                      }
                    }))
            .setCoder(memberCoder)
            .apply("GroupSameWords", GroupByKey.create())
            .apply(
                "ExactEdges",
                ParDo.of(
                    new DoFn<KV<String, Iterable<Member>>, KV<String, Edge>>() {
                      @ProcessElement
                      public void process(
                          @Element KV<String, Iterable<Member>> group,
                          OutputReceiver<KV<String, Edge>> out) {
                        List<Member> members = sorted(group.getValue());
                        for (int i = 1; i < members.size(); i++) {
                          both(members.get(i), members.get(0), out);
                        }
                      }
                    }))
            .setCoder(edgeCoder);

    PCollection<KV<String, String>> candidates =
        fingerprints
            .apply(
                "ByBand",
                ParDo.of(
                    new DoFn<Fingerprint, KV<String, Member>>() {
                      @ProcessElement
                      public void process(
                          @Element Fingerprint f, OutputReceiver<KV<String, Member>> out) {
                        for (String band : MinHash.bandKeys(f.signature())) {
                          out.output(KV.of(band, Member.of(f)));
                        }
                        for (String paragraph : ParagraphPrint.keys(f.paragraphs())) {
                          out.output(KV.of(paragraph, Member.of(f)));
                        }
                      }
                    }))
            .setCoder(memberCoder)
            .apply("GroupBands", GroupByKey.create())
            .apply(
                "Candidates",
                ParDo.of(
                    new DoFn<KV<String, Iterable<Member>>, KV<String, String>>() {
                      @ProcessElement
                      public void process(
                          @Element KV<String, Iterable<Member>> band,
                          OutputReceiver<KV<String, String>> out) {
                        List<Member> members = sorted(band.getValue());
                        for (int i = 1; i < members.size(); i++) {
                          for (int j = 0; j < Math.min(i, CANDIDATES_PER_BAND); j++) {
                            out.output(KV.of(members.get(i).id(), members.get(j).id()));
                          }
                        }
                      }
                    }))
            .setCoder(KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of()));

    var fpCoder = KvCoder.of(StringUtf8Coder.of(), SerializableCoder.of(Fingerprint.class));
    PCollection<KV<String, Fingerprint>> byId =
        fingerprints
            .apply(
                "ById",
                ParDo.of(
                    new DoFn<Fingerprint, KV<String, Fingerprint>>() {
                      @ProcessElement
                      public void process(
                          @Element Fingerprint f, OutputReceiver<KV<String, Fingerprint>> out) {
                        out.output(KV.of(f.id(), f));
                      }
                    }))
            .setCoder(fpCoder);

    // Each candidate pair (x, y) with y < x: x's signature travels to y, where both are compared.
    TupleTag<Fingerprint> self = new TupleTag<>("self");
    TupleTag<String> wanted = new TupleTag<>("wanted");
    PCollection<KV<String, Fingerprint>> probes =
        KeyedPCollectionTuple.of(self, byId)
            .and(wanted, candidates)
            .apply("JoinCandidates", CoGroupByKey.create())
            .apply(
                "Probes",
                ParDo.of(
                    new DoFn<KV<String, CoGbkResult>, KV<String, Fingerprint>>() {
                      @ProcessElement
                      public void process(
                          @Element KV<String, CoGbkResult> joined,
                          OutputReceiver<KV<String, Fingerprint>> out) {
                        Fingerprint f = joined.getValue().getOnly(self, null);
                        if (f == null) {
                          return;
                        }
                        for (String y : new TreeSet<>(toList(joined.getValue().getAll(wanted)))) {
                          out.output(KV.of(y, f));
                        }
                      }
                    }))
            .setCoder(KvCoder.of(StringUtf8Coder.of(), SerializableCoder.of(Fingerprint.class)));

    TupleTag<Fingerprint> target = new TupleTag<>("target");
    TupleTag<Fingerprint> probed = new TupleTag<>("probes");
    PCollection<KV<String, Edge>> near =
        KeyedPCollectionTuple.of(target, byId)
            .and(probed, probes)
            .apply("JoinProbes", CoGroupByKey.create())
            .apply(
                "Verify",
                ParDo.of(
                    new DoFn<KV<String, CoGbkResult>, KV<String, Edge>>() {
                      @ProcessElement
                      public void process(
                          @Element KV<String, CoGbkResult> joined,
                          OutputReceiver<KV<String, Edge>> out) {
                        Fingerprint y = joined.getValue().getOnly(target, null);
                        if (y == null) {
                          return;
                        }
                        for (Fingerprint x : joined.getValue().getAll(probed)) {
                          if (MinHash.similarity(x.signature(), y.signature()) >= MinHash.THRESHOLD
                              || ParagraphPrint.versions(x.paragraphs(), y.paragraphs())) {
                            both(Member.of(x), Member.of(y), out);
                          }
                        }
                      }
                    }))
            .setCoder(edgeCoder);

    return PCollectionList.of(exact)
        .and(near)
        .apply("AllEdges", Flatten.pCollections())
        .apply("Cluster", new ClusterCopies());
  }

  private static void both(Member a, Member b, DoFn.OutputReceiver<KV<String, Edge>> out) {
    out.output(KV.of(a.id(), new Edge(a, b)));
    out.output(KV.of(b.id(), new Edge(b, a)));
  }

  private static List<Member> sorted(Iterable<Member> members) {
    List<Member> out = new ArrayList<>();
    members.forEach(out::add);
    out.sort(Member.ORDER);
    return out;
  }

  private static <T> List<T> toList(Iterable<T> values) {
    List<T> out = new ArrayList<>();
    values.forEach(out::add);
    return out;
  }
}
