package dev.newsclean.pipeline;

import dev.newsclean.pipeline.FlagDuplicates.Edge;
import dev.newsclean.pipeline.FlagDuplicates.Flag;
import dev.newsclean.pipeline.FlagDuplicates.Member;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;

/**
 * The stories in a graph of copies: each edge joins two records found to be copies of each other
 * ({@link FlagDuplicates}). The first record of a cluster (first seen, then the smallest id) is
 * passed along the edges for {@link #ROUNDS} rounds, one {@code GroupByKey} each over the records
 * that have copies only, and becomes each record's canonical; every other record of the cluster is
 * flagged, {@code exact} when its words are the canonical's, {@code near} otherwise. Each flag is
 * keyed by the temp file its record is in.
 */
final class ClusterCopies
    extends PTransform<PCollection<KV<String, Edge>>, PCollection<KV<String, Flag>>> {

  /**
   * A record in a cluster of copies, its neighbours, and the smallest record of the cluster found
   * so far.
   */
  record Vertex(Member self, List<Member> neighbours, Member best) implements Serializable {}

  /** What a vertex sends in a round: itself (to its own key) or its best (to a neighbour's key). */
  record Message(Vertex vertex, Member offer) implements Serializable {}

  /**
   * Rounds of passing the smallest id along the edges: clusters up to this many hops wide get one
   * canonical record.
   */
  static final int ROUNDS = 4;

  @Override
  public PCollection<KV<String, Flag>> expand(PCollection<KV<String, Edge>> edges) {
    var flagCoder = KvCoder.of(StringUtf8Coder.of(), SerializableCoder.of(Flag.class));
    var vertexCoder = KvCoder.of(StringUtf8Coder.of(), SerializableCoder.of(Vertex.class));
    PCollection<KV<String, Vertex>> vertices =
        edges
            .apply("EdgesByRecord", GroupByKey.create())
            .apply(
                "Vertices",
                ParDo.of(
                    new DoFn<KV<String, Iterable<Edge>>, KV<String, Vertex>>() {
                      @ProcessElement
                      public void process(
                          @Element KV<String, Iterable<Edge>> edges,
                          OutputReceiver<KV<String, Vertex>> out) {
                        Member self = null;
                        Member best = null;
                        TreeMap<String, Member> neighbours = new TreeMap<>();
                        for (Edge e : edges.getValue()) {
                          self = e.from();
                          neighbours.put(e.to().id(), e.to());
                          best = smaller(best == null ? e.from() : best, e.to());
                        }
                        out.output(
                            KV.of(
                                self.id(),
                                new Vertex(self, new ArrayList<>(neighbours.values()), best)));
                      }
                    }))
            .setCoder(vertexCoder);
    for (int round = 0; round < ROUNDS; round++) {
      vertices =
          vertices
              .apply(
                  "Offer" + round,
                  ParDo.of(
                      new DoFn<KV<String, Vertex>, KV<String, Message>>() {
                        @ProcessElement
                        public void process(
                            @Element KV<String, Vertex> v,
                            OutputReceiver<KV<String, Message>> out) {
                          out.output(KV.of(v.getKey(), new Message(v.getValue(), null)));
                          // Only to neighbours it can improve: a neighbour before the best has a
                          // best at least as good.
                          // (Without this, every member of a large cluster sends to its centre, a
                          // hot key.)
                          Member best = v.getValue().best();
                          for (Member n : v.getValue().neighbours()) {
                            if (best.before(n)) {
                              out.output(KV.of(n.id(), new Message(null, best)));
                            }
                          }
                        }
                      }))
              .setCoder(KvCoder.of(StringUtf8Coder.of(), SerializableCoder.of(Message.class)))
              .apply("Gather" + round, GroupByKey.create())
              .apply(
                  "TakeSmallest" + round,
                  ParDo.of(
                      new DoFn<KV<String, Iterable<Message>>, KV<String, Vertex>>() {
                        @ProcessElement
                        public void process(
                            @Element KV<String, Iterable<Message>> messages,
                            OutputReceiver<KV<String, Vertex>> out) {
                          Vertex vertex = null;
                          Member best = null;
                          for (Message m : messages.getValue()) {
                            if (m.vertex() != null) {
                              vertex = m.vertex();
                              best = smaller(best, m.vertex().best());
                            } else {
                              best = smaller(best, m.offer());
                            }
                          }
                          out.output(
                              KV.of(
                                  messages.getKey(),
                                  new Vertex(vertex.self(), vertex.neighbours(), best)));
                        }
                      }))
              .setCoder(vertexCoder);
    }

    return vertices
        .apply(
            "Flags",
            ParDo.of(
                new DoFn<KV<String, Vertex>, KV<String, Flag>>() {
                  @ProcessElement
                  public void process(
                      @Element KV<String, Vertex> v, OutputReceiver<KV<String, Flag>> out) {
                    Member self = v.getValue().self();
                    Member best = v.getValue().best();
                    if (!best.id().equals(self.id())) {
                      out.output(
                          KV.of(
                              self.shard(),
                              new Flag(
                                  self.id(),
                                  self.shard(),
                                  best.id(),
                                  self.exactKey().equals(best.exactKey())
                                      ? FlagDuplicates.EXACT
                                      : FlagDuplicates.NEAR)));
                    }
                  }
                }))
        .setCoder(flagCoder);
  }

  private static Member smaller(Member a, Member b) {
    if (a == null) {
      return b;
    }
    return b != null && b.before(a) ? b : a;
  }
}
