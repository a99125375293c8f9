package dev.newsclean.bench;

import dev.newsclean.extract.DocumentExtractor;
import dev.newsclean.pipeline.NewscleanOptions;
import dev.newsclean.pipeline.NewscleanPipeline;
import dev.newsclean.pipeline.OutputFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.beam.runners.direct.DirectOptions;
import org.apache.beam.sdk.options.PipelineOptionsFactory;

/**
 * Benchmark, not a test: builds a corpus of N documents from source folders (hard links with varied
 * names, spread over sub-folders), runs the whole pipeline on the DirectRunner with production
 * settings, then the same extraction and cleaning in a plain Java loop ({@link CleanFolder}) on the
 * same files, and prints documents/s, MB/s, the runner's overhead as a ratio, and the heap: the
 * pipeline is run with site templates (sites by folder: 1,000 documents each) and without ({@code
 * --siteKey=none}); the peak used (sampled every 20 ms), the peak right after any collection, and
 * the peak live heap, read after a full collection forced every 5 s (which costs both runs a little
 * time). Usage: {@code BenchPipeline N [SOURCE_DIR ...]} (default source: {@code input}).
 */
public final class BenchPipeline {

  private BenchPipeline() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 1) {
      System.err.println("usage: BenchPipeline N [SOURCE_DIR ...]");
      System.exit(2);
    }
    int n = Integer.parseInt(args[0]);
    List<Path> sources = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      sources.addAll(files(Paths.get(args[i])));
    }
    if (sources.isEmpty()) {
      sources.addAll(files(Paths.get("input")));
    }
    Path work = Files.createTempDirectory("newsclean-bench-");
    Path corpus = work.resolve("corpus");
    long bytes = buildCorpus(sources, corpus, n);
    System.out.printf(
        "corpus: %d documents, %.1f MB, from %d source files; heap limit %.0f MB; %d cores%n",
        n,
        bytes / 1e6,
        sources.size(),
        Runtime.getRuntime().maxMemory() / 1e6,
        Runtime.getRuntime().availableProcessors());

    // Warm up (JIT, Tika's and Beam's class loading) so that neither measured run starts cold.
    Path warm = work.resolve("warm");
    buildCorpus(sources, warm.resolve("in"), Math.min(n, 500));
    CleanFolder.run(
        warm.resolve("in"),
        Files.createDirectories(warm.resolve("out")),
        DocumentExtractor.Limits.MAX_BYTES);
    NewscleanPipeline.run(
        PipelineOptionsFactory.fromArgs(
                "--input=" + warm.resolve("in"), "--output=" + warm.resolve("beam"))
            .as(NewscleanOptions.class));
    System.gc();

    // First without site templates (no site keys, nothing learned, no state), then with them. The
    // order moves the ratio (an earlier version ran them the other way round; see the README).
    HeapWatch heap = HeapWatch.start();
    long start = System.nanoTime();
    NewscleanOptions bare =
        PipelineOptionsFactory.fromArgs(
                "--input=" + corpus,
                "--output=" + work.resolve("out-bare"),
                "--siteKey=none",
                "--state=none")
            .as(NewscleanOptions.class);
    bare.as(DirectOptions.class).setEnforceImmutability(false);
    bare.as(DirectOptions.class).setEnforceEncodability(false);
    NewscleanPipeline.run(bare);
    double bareSeconds = (System.nanoTime() - start) / 1e9;
    long[] bareHeap = heap.stop();

    System.gc();
    heap = HeapWatch.start();
    start = System.nanoTime();
    NewscleanOptions options =
        PipelineOptionsFactory.fromArgs("--input=" + corpus, "--output=" + work.resolve("out-beam"))
            .as(NewscleanOptions.class);
    options.as(DirectOptions.class).setEnforceImmutability(false);
    options.as(DirectOptions.class).setEnforceEncodability(false);
    NewscleanPipeline.run(options);
    double beamSeconds = (System.nanoTime() - start) / 1e9;
    long[] beamHeap = heap.stop();

    System.gc();
    heap = HeapWatch.start();
    start = System.nanoTime();
    Path plainOut = Files.createDirectories(work.resolve("out-plain"));
    CleanFolder.run(corpus, plainOut, options.getMaxInputBytes());
    double plainSeconds = (System.nanoTime() - start) / 1e9;
    long[] plainHeap = heap.stop();

    report("DirectRunner pipeline", n, bytes, beamSeconds, beamHeap);
    report("  without templates", n, bytes, bareSeconds, bareHeap);
    report("plain Java loop", n, bytes, plainSeconds, plainHeap);
    System.out.printf(
        "DirectRunner throughput is %.2fx the plain loop's; with site templates the run takes %.2fx the time without%n",
        plainSeconds / beamSeconds, beamSeconds / bareSeconds);
    OutputFolder.deleteTree(work);
  }

  private static void report(String name, int n, long bytes, double seconds, long[] heap) {
    System.out.printf(
        "%-22s %8.1f s %8.0f docs/s %7.2f MB/s   heap: peak used %5.0f MB, peak after any GC %5.0f MB, peak live %5.0f MB%n",
        name,
        seconds,
        n / seconds,
        bytes / 1e6 / seconds,
        heap[0] / 1e6,
        heap[1] / 1e6,
        heap[2] / 1e6);
  }

  static List<Path> files(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile).sorted().toList();
    }
  }

  /** N documents as hard links (copies where links are not possible), 1,000 to a folder. */
  static long buildCorpus(List<Path> sources, Path corpus, int n) throws IOException {
    long bytes = 0;
    for (int i = 0; i < n; i++) {
      Path source = sources.get(i % sources.size());
      Path dir = Files.createDirectories(corpus.resolve(String.format("part-%04d", i / 1000)));
      Path target = dir.resolve(String.format("doc-%07d-%s", i, source.getFileName()));
      try {
        Files.createLink(target, source.toAbsolutePath());
      } catch (IOException | UnsupportedOperationException e) {
        Files.copy(source, target);
      }
      bytes += Files.size(source);
    }
    return bytes;
  }
}
