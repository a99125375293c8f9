package dev.newsclean.pipeline;

import java.util.concurrent.ThreadLocalRandom;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.NullableCoder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.transforms.Count;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.TypeDescriptor;

/**
 * The elements of a collection, passed on only once {@code signal} is complete, in the bundles they
 * came in: each upstream bundle's elements share a key, and a {@code GroupByKey} with the signal's
 * one element holds them all until the signal is in. For a step whose side input is built from
 * {@code signal}: a runner may otherwise retry its elements in new bundles until the side input is
 * ready (the DirectRunner does so at once, again and again).
 */
final class After<T> extends PTransform<PCollection<T>, PCollection<T>> {
  private final PCollection<?> signal;
  private final Coder<T> coder;

  After(PCollection<?> signal, Coder<T> coder) {
    this.signal = signal;
    this.coder = coder;
  }

  @Override
  public PCollection<T> expand(PCollection<T> input) {
    var kvCoder = KvCoder.of(VarLongCoder.of(), NullableCoder.of(coder));
    var keyed = input.apply("KeyByBundle", ParDo.of(new KeyByBundleFn<T>())).setCoder(kvCoder);
    var done =
        signal
            .apply("SignalDone", Count.globally())
            .apply(
                "SignalKey",
                MapElements.into(new TypeDescriptor<KV<Long, T>>() {})
                    .via((Long n) -> KV.<Long, T>of(0L, null)))
            .setCoder(kvCoder);
    return PCollectionList.of(keyed)
        .and(done)
        .apply("WithSignal", Flatten.pCollections())
        .apply("HoldUntilSignal", GroupByKey.create())
        .apply("Release", ParDo.of(new ReleaseFn<T>()))
        .setCoder(coder);
  }

  /** Keys each element by a random number drawn for its bundle (never 0, the signal's key). */
  static final class KeyByBundleFn<T> extends DoFn<T, KV<Long, T>> {
    private transient long bundle;

    @StartBundle
    public void start() {
      bundle = ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);
    }

    @ProcessElement
    public void process(@Element T element, OutputReceiver<KV<Long, T>> out) {
      out.output(KV.of(bundle, element));
    }
  }

  /** The held elements again, without the signal's null. */
  static final class ReleaseFn<T> extends DoFn<KV<Long, Iterable<T>>, T> {
    @ProcessElement
    public void process(@Element KV<Long, Iterable<T>> group, OutputReceiver<T> out) {
      for (T element : group.getValue()) {
        if (element != null) {
          out.output(element);
        }
      }
    }
  }
}
