package dev.newsclean.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsclean.cli.Main;
import dev.newsclean.pipeline.NewscleanOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.beam.sdk.options.PipelineOptionsFactory;

/**
 * Evaluation, not a test: pair precision and recall of {@code --duplicates} on planted copies. From
 * N distinct articles (the {@code text} of hand-cleaned gold JSON files, or plain-text files) it
 * writes each as a text page with a site's header and footer, and five copies of it: the same bytes
 * under another name, the article inside an HTML page of another site's template, about 2% of its
 * words changed, one of its paragraphs replaced by another article's, and a republication under
 * another headline and byline. Every article and its copies are one story; the other articles are
 * distinct (some on the same topic). Runs the pipeline with {@code --duplicates} and counts the
 * pairs of records put in one cluster (the same canonical) against the pairs of one story. Usage:
 * {@code EvalDuplicates DIR [N]} ({@code DIR}: gold {@code *.json} or text files).
 */
public final class EvalDuplicates {

  private static final ObjectMapper JSON = new ObjectMapper();

  private EvalDuplicates() {}

  public static void main(String[] args) throws Exception {
    List<Path> sources;
    try (Stream<Path> files = Files.list(Paths.get(args[0]))) {
      sources = files.filter(Files::isRegularFile).sorted().toList();
    }
    int n = Math.min(sources.size(), args.length > 1 ? Integer.parseInt(args[1]) : 100);
    Path work = Files.createTempDirectory("newsclean-dups-");
    Path in = Files.createDirectories(work.resolve("in"));
    Random random = new Random(42);
    Map<String, String> story = new HashMap<>();
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String content = Files.readString(sources.get(i), StandardCharsets.UTF_8);
      texts.add(
          sources.get(i).toString().endsWith(".json")
              ? JSON.readTree(content).path("text").asText()
              : content);
    }
    for (int i = 0; i < n; i++) {
      String text =
          "Home | News | Sport | Weather\n\n"
              + texts.get(i)
              + "\n\nShare this article\n\nCopyright 2023 The Daily Example. All rights reserved.\n";
      String id = "story-" + i;
      write(in, id + "-original.txt", text, id, story);
      write(in, id + "-copy.txt", text, id, story);
      write(in, id + "-page.html", html(texts.get(i)), id, story);
      write(in, id + "-corrected.txt", changeWords(text, 0.02, random), id, story);
      write(
          in,
          id + "-updated.txt",
          replaceParagraph(text, texts.get((i + 1) % n), random),
          id,
          story);
      write(
          in,
          id + "-wire.txt",
          "A new headline for the same wire story, told again\n\nBy A. Syndicated Writer\n\n"
              + text,
          id,
          story);
    }
    Path out = work.resolve("out");
    Main.run(
        PipelineOptionsFactory.fromArgs(
                "--input=" + in, "--output=" + out, "--duplicates=true", "--quiet=true")
            .as(NewscleanOptions.class));

    Map<String, String> canonical = new HashMap<>();
    Map<String, String> sourceOf = new HashMap<>();
    try (Stream<Path> files = Files.list(out)) {
      for (Path f : files.filter(p -> p.getFileName().toString().startsWith("records-")).toList()) {
        for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
          JsonNode r = JSON.readTree(line);
          sourceOf.put(r.get("id").asText(), r.get("source").asText());
          canonical.put(
              r.get("id").asText(),
              r.get("duplicate_of").isNull()
                  ? r.get("id").asText()
                  : r.get("duplicate_of").asText());
        }
      }
    }
    List<String> ids = new ArrayList<>(canonical.keySet());
    long truePairs = 0;
    long predicted = 0;
    long gold = 0;
    for (int a = 0; a < ids.size(); a++) {
      for (int b = a + 1; b < ids.size(); b++) {
        boolean sameStory =
            story.get(sourceOf.get(ids.get(a))).equals(story.get(sourceOf.get(ids.get(b))));
        boolean sameCluster = canonical.get(ids.get(a)).equals(canonical.get(ids.get(b)));
        gold += sameStory ? 1 : 0;
        predicted += sameCluster ? 1 : 0;
        truePairs += sameStory && sameCluster ? 1 : 0;
      }
    }
    Map<String, int[]> byVariant = new java.util.TreeMap<>();
    for (String id : ids) {
      String source = sourceOf.get(id);
      String variant = source.substring(source.lastIndexOf('-') + 1);
      String original =
          ids.stream()
              .filter(o -> sourceOf.get(o).equals(story.get(source) + "-original.txt"))
              .findFirst()
              .orElse(null);
      int[] counts = byVariant.computeIfAbsent(variant, k -> new int[2]);
      counts[0]++;
      if (original != null && canonical.get(id).equals(canonical.get(original))) {
        counts[1]++;
      }
    }
    System.out.printf("%d stories, %d files, %d records%n", n, story.size(), ids.size());
    System.out.printf(
        "pairs: %d of one story, %d put together, %d both%n", gold, predicted, truePairs);
    System.out.printf(
        "pair precision %.4f, pair recall %.4f%n",
        predicted == 0 ? 0 : truePairs / (double) predicted,
        gold == 0 ? 0 : truePairs / (double) gold);
    byVariant.forEach(
        (variant, c) ->
            System.out.printf("  %-14s %d of %d with their original%n", variant, c[1], c[0]));
  }

  private static void write(Path in, String name, String text, String id, Map<String, String> story)
      throws IOException {
    Files.writeString(in.resolve(name), text, StandardCharsets.UTF_8);
    story.put(name, id);
  }

  /** The text as the paragraphs of an HTML page with its own navigation and footer. */
  private static String html(String text) {
    StringBuilder page =
        new StringBuilder(
            "<!doctype html><html><head><title>Another site</title></head><body>"
                + "<nav><a href=\"/\">Home</a> <a href=\"/world\">World</a> <a href=\"/sport\">Sport</a></nav><article>");
    for (String paragraph : text.split("\n\\s*\n")) {
      page.append("<p>").append(org.jsoup.nodes.Entities.escape(paragraph.strip())).append("</p>");
    }
    return page.append(
            "</article><footer>Another site, all rights reserved. Contact us. Privacy.</footer></body></html>")
        .toString();
  }

  /** About {@code share} of the words replaced by another word (a corrected name or figure). */
  private static String changeWords(String text, double share, Random random) {
    String[] words = text.split(" ", -1);
    int changes = Math.max(1, (int) Math.round(words.length * share));
    for (int i = 0; i < changes; i++) {
      int at = random.nextInt(words.length);
      if (!words[at].isBlank() && !words[at].contains("\n")) {
        words[at] = "corrected" + i;
      }
    }
    return String.join(" ", words);
  }

  /** One paragraph (not the first) replaced by a paragraph of another article: a later version. */
  private static String replaceParagraph(String text, String other, Random random) {
    List<String> paragraphs = new ArrayList<>(List.of(text.split("\n\\s*\n")));
    List<String> others = List.of(other.split("\n\\s*\n"));
    List<Integer> long_ = new ArrayList<>();
    for (int i = 1; i < paragraphs.size(); i++) {
      if (paragraphs.get(i).split("\\s+").length >= 20) {
        long_.add(i);
      }
    }
    if (!long_.isEmpty()) {
      paragraphs.set(long_.get(random.nextInt(long_.size())), others.get(others.size() / 2));
    }
    return String.join("\n\n", paragraphs);
  }
}
