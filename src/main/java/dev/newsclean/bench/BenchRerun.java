package dev.newsclean.bench;

import dev.newsclean.cli.Main;
import dev.newsclean.cli.Progress;
import dev.newsclean.pipeline.NewscleanOptions;
import dev.newsclean.pipeline.OutputFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.options.PipelineOptionsFactory;

/**
 * Benchmark, not a test: the cost of a rerun. Builds a corpus of N documents (as {@link
 * BenchPipeline}: 1,000 to a folder, so to a site), cleans it with the run command ({@link
 * Main#run}), adds {@code PERCENT} new documents spread over the folders, and runs again: once
 * incrementally (the default) and once cleaning everything ({@code --incremental=false}) from a
 * copy of the first output. Prints the three times, the rerun's share of the full run's, how many
 * inputs were carried over, and whether the two outputs are the same. Usage: {@code BenchRerun N
 * [PERCENT [SOURCE_DIR ...]]} (default 2%, source {@code input}).
 */
public final class BenchRerun {

  private BenchRerun() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 1) {
      System.err.println("usage: BenchRerun N [PERCENT [SOURCE_DIR ...]]");
      System.exit(2);
    }
    int n = Integer.parseInt(args[0]);
    double percent = args.length > 1 ? Double.parseDouble(args[1]) : 2;
    List<Path> sources = new ArrayList<>();
    for (int i = 2; i < args.length; i++) {
      sources.addAll(BenchPipeline.files(Paths.get(args[i])));
    }
    if (sources.isEmpty()) {
      sources.addAll(BenchPipeline.files(Paths.get("input")));
    }
    Path work = Files.createTempDirectory("newsclean-rerun-");
    Path corpus = work.resolve("corpus");
    long bytes = BenchPipeline.buildCorpus(sources, corpus, n);
    System.out.printf(
        "corpus: %d documents, %.1f MB, from %d source files; %d cores%n",
        n, bytes / 1e6, sources.size(), Runtime.getRuntime().availableProcessors());

    // Warm up the JVM on a small corpus, so that the first measured run does not start cold.
    Path warm = work.resolve("warm");
    BenchPipeline.buildCorpus(sources, warm.resolve("in"), Math.min(n, 500));
    run(warm.resolve("in"), warm.resolve("out"));

    Path out = work.resolve("out");
    long start = System.nanoTime();
    run(corpus, out);
    double full = (System.nanoTime() - start) / 1e9;
    Path copy = work.resolve("out-full");
    OutputFolder.copyTree(out, copy);

    int added = addDocuments(sources, corpus, n, (int) Math.round(n * percent / 100));
    start = System.nanoTime();
    PipelineResult rerun = run(corpus, out);
    double incremental = (System.nanoTime() - start) / 1e9;
    Progress.Snapshot figures = Progress.last(rerun);

    start = System.nanoTime();
    run(corpus, copy, "--incremental=false");
    double again = (System.nanoTime() - start) / 1e9;

    System.out.printf("full run, %d documents: %.1f s%n", n, full);
    System.out.printf(
        "rerun after adding %d documents (%.1f%%): %.1f s, %d of %d inputs carried over%n",
        added,
        percent,
        incremental,
        figures == null ? -1 : figures.carried(),
        figures == null ? -1 : figures.filesMatched());
    System.out.printf("the same rerun cleaning everything (--incremental=false): %.1f s%n", again);
    System.out.printf(
        "rerun / full run: %.2f; rerun / cleaning everything again: %.2f%n",
        incremental / full, incremental / again);
    System.out.println(
        "rerun output equals cleaning everything again: "
            + (OutputFolder.contents(out).equals(OutputFolder.contents(copy)) ? "yes" : "NO"));
  }

  private static PipelineResult run(Path in, Path out, String... more) throws IOException {
    List<String> args =
        new ArrayList<>(List.of("--input=" + in, "--output=" + out, "--quiet=true"));
    args.addAll(List.of(more));
    String[] all = args.toArray(String[]::new);
    NewscleanOptions options = PipelineOptionsFactory.fromArgs(all).as(NewscleanOptions.class);
    Main.productionDefaults(options, all);
    return Main.run(options);
  }

  /**
   * {@code count} new documents (the sources again, under new names), spread over the corpus's
   * folders.
   */
  private static int addDocuments(List<Path> sources, Path corpus, int n, int count)
      throws IOException {
    int folders = Math.max(1, (n + 999) / 1000);
    for (int j = 0; j < count; j++) {
      Path source = sources.get((n + j * 7) % sources.size());
      Path target =
          corpus
              .resolve(String.format("part-%04d", j % folders))
              .resolve(String.format("new-%07d-%s", j, source.getFileName()));
      Files.copy(source, target);
    }
    return count;
  }
}
