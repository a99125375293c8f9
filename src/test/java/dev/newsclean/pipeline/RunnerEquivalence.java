package dev.newsclean.pipeline;

import static org.junit.Assert.assertEquals;

import dev.newsclean.extract.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.beam.sdk.options.PipelineOptionsFactory;

/**
 * Runs one folder of mixed inputs through the DirectRunner and through another runner, and compares
 * everything they write, file kind by file kind and line by line (shards may differ; their union
 * may not).
 */
final class RunnerEquivalence {

  private RunnerEquivalence() {}

  /** A folder with one input of every kind, valid and not. */
  static Path mixedInput(Path root) throws IOException {
    Path in = Files.createDirectories(root.resolve("in"));
    Files.createDirectories(in.resolve("nested"));
    for (Path seed : seeds()) {
      Files.copy(seed, in.resolve(seed.getFileName()));
    }
    Files.copy(seeds().get(0), in.resolve("nested/copy-of-a-seed.txt"));
    Files.writeString(
        in.resolve("page.html"),
        Fixtures.html("Council expands the bus network to the airport | Example"));
    Files.write(in.resolve("nested/report.docx"), Fixtures.docx(Fixtures.P1, Fixtures.P2));
    Files.write(in.resolve("nested/crawl.warc.gz"), Fixtures.warc(true));
    Files.write(
        in.resolve("nested/packed.txt.gz"),
        Fixtures.gzip((Fixtures.P1 + "\n" + Fixtures.P2 + "\n").getBytes(StandardCharsets.UTF_8)));
    Files.writeString(
        in.resolve("scrape.jsonl"),
        "{\"url\": \"https://example.com/j\", \"text\": \""
            + Fixtures.P1
            + "\\n"
            + Fixtures.P2
            + "\"}\nnot json\n");
    Files.write(in.resolve("empty.txt"), new byte[0]);
    // A site of five pages, so templates are learned (a side input) and written to the state
    // folder.
    Path site = Files.createDirectories(in.resolve("example.org"));
    for (int i = 0; i < 5; i++) {
      Files.writeString(site.resolve("page-" + i + ".txt"), Fixtures.sitePage(i));
    }
    return in;
  }

  /**
   * Every kind of input, a small site, and {@code pages} pages of four more sites: each page a
   * different draw of the seeds' paragraphs under its own headline, with its site's footer line.
   */
  static Path corpus(Path root, int pages) throws IOException {
    Path in = RunnerEquivalence.mixedInput(root);
    List<String> paragraphs = new ArrayList<>();
    try (var seeds = Files.list(Path.of("input"))) {
      for (Path seed : seeds.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        for (String line : Files.readAllLines(seed)) {
          if (line.length() > 120) {
            paragraphs.add(line);
          }
        }
      }
    }
    java.util.Random random = new java.util.Random(7);
    for (int i = 0; i < pages; i++) {
      Path site = Files.createDirectories(in.resolve("site-" + (i % 4) + ".example"));
      StringBuilder page = new StringBuilder("Story number " + i + " of the day\n\n");
      for (int p = 0; p < 6; p++) {
        page.append(paragraphs.get(random.nextInt(paragraphs.size()))).append("\n\n");
      }
      page.append("More news from site ").append(i % 4).append(" every day at example.org\n");
      Files.writeString(site.resolve("page-" + i + ".txt"), page);
    }
    return in;
  }

  private static List<Path> seeds() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("input"))) {
      return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
  }

  /**
   * Runs the pipeline with the given arguments on a copy of {@code in}, adds a page and a copy of
   * one to it, runs again (a rerun: the unchanged inputs are carried over), and returns the lines
   * the rerun wrote, by file kind.
   */
  static Map<String, List<String>> run(Path in, Path out, String... runnerArgs) throws IOException {
    Path mine = out.resolveSibling(out.getFileName() + "-input");
    try (Stream<Path> files = Files.walk(in)) {
      for (Path f : files.toList()) {
        Path target = mine.resolve(in.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(target);
        } else {
          Files.copy(f, target);
        }
      }
    }
    run(mine, out, runnerArgs, 1);
    Files.writeString(mine.resolve("example.org/page-5.txt"), Fixtures.sitePage(5));
    Files.copy(
        mine.resolve("example.org/page-1.txt"), mine.resolve("example.org/page-1-again.txt"));
    run(mine, out, runnerArgs, 2);
    return outputs(out);
  }

  /** Runs the pipeline once, in this JVM, and returns the lines it wrote, by file kind. */
  static Map<String, List<String>> once(Path in, Path out, String... runnerArgs)
      throws IOException {
    run(in, out, runnerArgs, 1);
    return outputs(out);
  }

  /**
   * The arguments of every equivalence run; duplicates on: their grouping and joins must give the
   * same flags on every runner.
   */
  static List<String> args(Path in, Path out) {
    return List.of("--input=" + in, "--output=" + out, "--duplicates=true", "--quiet=true");
  }

  private static void run(Path in, Path out, String[] runnerArgs, int run) throws IOException {
    List<String> args = new ArrayList<>(args(in, out));
    args.addAll(List.of(runnerArgs));
    dev.newsclean.cli.Main.run(
        PipelineOptionsFactory.fromArgs(args.toArray(String[]::new)).as(NewscleanOptions.class));
  }

  static Map<String, List<String>> outputs(Path out) throws IOException {
    Map<String, List<String>> byKind = new TreeMap<>();
    try (Stream<Path> files = Files.walk(out)) {
      for (Path f :
          files
              .filter(Files::isRegularFile)
              .filter(p -> !out.relativize(p).toString().startsWith("."))
              .toList()) {
        String kind = out.relativize(f).toString().replaceFirst("-\\d{5}-of-\\d{5}", "");
        List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
        if (kind.equals("state/run.txt")) {
          lines =
              lines.stream()
                  .map(l -> l.replaceFirst("^\\S+ ", "<token> "))
                  .toList(); // a random token, then the run's number
        }
        byKind.computeIfAbsent(kind, k -> new ArrayList<>()).addAll(lines);
      }
    }
    byKind
        .values()
        .forEach(
            lines -> {
              lines.removeIf(String::isBlank);
              lines.sort(null);
            });
    return byKind;
  }

  /** Asserts the two runs wrote the same files with the same lines. */
  static void assertSame(
      Map<String, List<String>> direct, Map<String, List<String>> other, String runner) {
    assertEquals(runner + " wrote other files", direct.keySet(), other.keySet());
    for (String kind : direct.keySet()) {
      assertEquals(runner + ": " + kind, direct.get(kind), other.get(kind));
    }
    assertEquals("records present", true, direct.get("records.jsonl").size() > 5);
    assertEquals(
        "a site's template learned",
        true,
        direct.get("removed.jsonl").stream()
            .anyMatch(l -> l.contains("\"rule\":\"site.template\"")));
    assertEquals(
        "a duplicate flagged",
        true,
        direct.get("records.jsonl").stream()
            .anyMatch(l -> l.contains("\"duplicate_kind\":\"exact\"")));
    assertEquals(
        "the state written",
        true,
        direct.get("state/sites.jsonl").stream()
            .anyMatch(l -> l.contains("\"site\":\"example.org\"")));
  }

  /** As {@link #assertSame}, for the outputs of {@link #run}: a rerun, with the copy it adds. */
  static void assertSameRerun(
      Map<String, List<String>> direct, Map<String, List<String>> other, String runner) {
    assertSame(direct, other, runner);
    assertEquals("the second run", List.of("<token> 2"), direct.get("state/run.txt"));
    assertEquals(
        "the copy made for the rerun flagged",
        true,
        direct.get("records.jsonl").stream()
            .anyMatch(
                l -> l.contains("page-1-again.txt") && l.contains("\"duplicate_kind\":\"exact\"")));
  }

  static boolean onClasspath(String className) {
    try {
      Class.forName(className);
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }
}
