package dev.newsclean.pipeline;

import dev.newsclean.clean.SiteLines;
import dev.newsclean.clean.SiteTemplate;
import java.util.Map;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.TypeDescriptor;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * What each site repeats, summed over its pages: this run's line counts (the input) plus the
 * history of earlier runs ({@code earlier}: the stored state and the pages no longer read, aged, so
 * a redesigned site is learned again), one {@link SiteLines} per site. {@link Templates} turns them
 * into the side input of {@link SiteTemplate}s that cleaning reads.
 */
final class LearnSites
    extends PTransform<PCollectionList<KV<String, SiteLines>>, PCollection<KV<String, SiteLines>>> {

  /**
   * Every bundle sends a partial count for each site it saw, so a site has about as many values as
   * there are bundles; a runner that groups before combining (the DirectRunner) copies a key's
   * values as they arrive. Spreading each site over sixteen sub-keys first keeps those groups
   * small.
   */
  static final int SITE_FANOUT = 16;

  private final PCollectionList<KV<String, SiteLines>> earlier;

  LearnSites(PCollectionList<KV<String, SiteLines>> earlier) {
    this.earlier = earlier;
  }

  @Override
  public PCollection<KV<String, SiteLines>> expand(PCollectionList<KV<String, SiteLines>> now) {
    KvCoder<String, SiteLines> coder = KvCoder.of(StringUtf8Coder.of(), SiteLinesCoder.of());
    PCollection<KV<String, SiteLines>> history =
        earlier
            .apply("EarlierSiteLines", Flatten.pCollections())
            .apply(
                "PagesNoLongerRead",
                Combine.<String, SiteLines, SiteLines>perKey(new MergeSiteLinesFn()))
            .setCoder(coder)
            .apply(
                "Aged",
                MapElements.into(
                        TypeDescriptors.kvs(
                            TypeDescriptors.strings(), TypeDescriptor.of(SiteLines.class)))
                    .via((KV<String, SiteLines> kv) -> KV.of(kv.getKey(), kv.getValue().aged())))
            .setCoder(coder);
    PCollection<KV<String, SiteLines>> sites =
        now.and(history)
            .apply("AllSiteLines", Flatten.pCollections())
            .apply(
                "Sum",
                Combine.<String, SiteLines, SiteLines>perKey(new MergeSiteLinesFn())
                    .withHotKeyFanout(SITE_FANOUT));
    sites.setCoder(coder);
    return sites;
  }

  /** Each site's template, as a map side input. */
  static final class Templates
      extends PTransform<
          PCollection<KV<String, SiteLines>>, PCollectionView<Map<String, SiteTemplate>>> {
    @Override
    public PCollectionView<Map<String, SiteTemplate>> expand(
        PCollection<KV<String, SiteLines>> sites) {
      return sites
          .apply(
              "Decide",
              MapElements.into(
                      TypeDescriptors.kvs(
                          TypeDescriptors.strings(), TypeDescriptor.of(SiteTemplate.class)))
                  .via(
                      (KV<String, SiteLines> kv) ->
                          KV.of(kv.getKey(), kv.getValue().template(kv.getKey()))))
          .setCoder(KvCoder.of(StringUtf8Coder.of(), SerializableCoder.of(SiteTemplate.class)))
          .apply("AsMap", View.asMap());
    }
  }

  /** Sums a site's line counts from every bundle and from the earlier state. */
  static final class MergeSiteLinesFn extends Combine.CombineFn<SiteLines, SiteLines, SiteLines> {
    @Override
    public SiteLines createAccumulator() {
      return new SiteLines();
    }

    @Override
    public SiteLines addInput(SiteLines acc, SiteLines input) {
      return acc.merge(input);
    }

    @Override
    public SiteLines mergeAccumulators(Iterable<SiteLines> accs) {
      SiteLines merged = new SiteLines();
      accs.forEach(merged::merge);
      return merged;
    }

    @Override
    public SiteLines extractOutput(SiteLines acc) {
      return acc;
    }

    @Override
    public Coder<SiteLines> getAccumulatorCoder(
        CoderRegistry registry, Coder<SiteLines> inputCoder) {
      return SiteLinesCoder.of();
    }
  }
}
