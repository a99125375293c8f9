package dev.newsclean.pipeline;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.newsclean.clean.SiteLines;
import dev.newsclean.io.Json;
import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.io.TextIO;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.FlatMapElements;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.Values;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TypeDescriptor;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * The state folder's site templates ({@code sites.jsonl}, docs/state.md): what each site repeated
 * across the pages of earlier runs, read at the start of a run and written at its end with this
 * run's pages added. One JSON line per site, with the format's {@link #VERSION}; a line of another
 * version is ignored, so a newer state never breaks an older newsclean and an older state is simply
 * learned again.
 */
public final class SiteState {

  static final int VERSION = 3;
  static final String FILE = "sites";

  private SiteState() {}

  /** One site as stored: pages seen and, per line hash (hex), on how many pages the line was. */
  @JsonPropertyOrder({"version", "site", "pages", "lines"})
  record Entry(int version, String site, double pages, TreeMap<String, Double> lines) {

    static Entry of(String site, SiteLines lines) {
      TreeMap<String, Double> byHash = new TreeMap<>();
      lines.counts().forEach((h, n) -> byHash.put(Long.toHexString(h), n));
      return new Entry(VERSION, site, lines.pages(), byHash);
    }

    SiteLines toLines() {
      Map<Long, Double> counts = new java.util.HashMap<>();
      lines.forEach((h, n) -> counts.put(Long.parseUnsignedLong(h, 16), n));
      return SiteLines.of(pages, counts);
    }
  }

  /**
   * Reads the sites of an earlier run from {@code folder} as stored (the pages it counted that this
   * run reads again are taken out, and the rest aged, by {@link CleanFiles}); none when there is no
   * state yet.
   */
  static final class Read extends PTransform<PBegin, PCollection<KV<String, SiteLines>>> {
    private final String folder;

    Read(String folder) {
      this.folder = folder;
    }

    @Override
    public PCollection<KV<String, SiteLines>> expand(PBegin begin) {
      TypeDescriptor<KV<String, SiteLines>> type =
          TypeDescriptors.kvs(TypeDescriptors.strings(), TypeDescriptor.of(SiteLines.class));
      if (folder == null) {
        return begin.apply("NoState", Create.empty(type));
      }
      return begin
          .apply("StatePattern", Create.of(folder + "/" + FILE + "*.jsonl"))
          .apply("MatchState", FileIO.matchAll().withEmptyMatchTreatment(EmptyMatchTreatment.ALLOW))
          .apply("OpenState", FileIO.readMatches())
          .apply("ReadState", TextIO.readFiles())
          .apply("ParseSites", FlatMapElements.into(type).via(SiteState::parse));
    }
  }

  /**
   * The templates a run learned, read from its state folder as they were stored (not aged): what
   * {@code --explain} cleans a page with. Empty when the folder holds no state.
   */
  public static Map<String, dev.newsclean.clean.SiteTemplate> templates(java.nio.file.Path folder)
      throws java.io.IOException {
    Map<String, dev.newsclean.clean.SiteTemplate> templates = new java.util.HashMap<>();
    java.nio.file.Path file = folder.resolve(FILE + ".jsonl");
    if (!java.nio.file.Files.isRegularFile(file)) {
      return templates;
    }
    try (var lines = java.nio.file.Files.lines(file, java.nio.charset.StandardCharsets.UTF_8)) {
      lines.forEach(
          line -> {
            try {
              Entry entry = Json.read(line, Entry.class);
              if (entry.version() == VERSION && entry.site() != null) {
                templates.put(entry.site(), entry.toLines().template(entry.site()));
              }
            } catch (IllegalArgumentException e) {
              // a damaged line: that site has no template
            }
          });
    }
    return templates;
  }

  private static java.util.List<KV<String, SiteLines>> parse(String line) {
    try {
      Entry entry = Json.read(line, Entry.class);
      if (entry.version() != VERSION || entry.site() == null) {
        return java.util.List.of();
      }
      return java.util.List.of(KV.of(entry.site(), entry.toLines()));
    } catch (IllegalArgumentException e) {
      return java.util.List.of(); // a damaged line: that site is learned again
    }
  }

  /** Writes every site's lines into {@code folder}. */
  static final class Write
      extends PTransform<PCollection<KV<String, SiteLines>>, PCollection<String>> {
    private final String folder;

    Write(String folder) {
      this.folder = folder;
    }

    /** Returns the name of the file written, once it is in place. */
    @Override
    public PCollection<String> expand(PCollection<KV<String, SiteLines>> sites) {
      return sites
          .apply(
              "SitesToJson",
              MapElements.into(TypeDescriptors.strings())
                  .via(
                      (KV<String, SiteLines> kv) ->
                          Json.line(Entry.of(kv.getKey(), kv.getValue()))))
          .apply(
              "WriteState",
              TextIO.write()
                  .to(folder + "/" + FILE)
                  .withSuffix(".jsonl")
                  .withoutSharding()
                  .withOutputFilenames())
          .getPerDestinationOutputFilenames()
          .apply("StateWritten", Values.create());
    }
  }
}
