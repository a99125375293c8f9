package dev.newsclean.cli;

import dev.newsclean.pipeline.NewscleanOptions;
import dev.newsclean.pipeline.NewscleanPipeline;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.Stream;
import org.apache.beam.runners.direct.DirectOptions;
import org.apache.beam.sdk.PipelineResult;

/**
 * Runs newsclean. The pipeline writes into a temporary folder beside the output folder, which
 * replaces the output folder only when the run succeeded: a failed run leaves the previous output
 * as it was and exits non-zero with a one-line reason.
 */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    if (CommandLine.wantsHelp(args)) {
      CommandLine.printHelp(System.out);
      return;
    }
    NewscleanOptions options = CommandLine.parse(args, System.err).orElse(null);
    if (options == null) {
      System.exit(CommandLine.USAGE);
    }
    if (!options.getExplain().isEmpty()) {
      System.exit(Explain.run(options, Paths.get(options.getExplain()), System.out, System.err));
    }
    productionDefaults(options, args);
    try {
      run(options);
    } catch (Exception e) {
      if (System.getenv("NEWSCLEAN_DEBUG") != null) {
        e.printStackTrace();
      }
      String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
      System.err.println("newsclean: run failed, previous output kept: " + reason);
      System.exit(CommandLine.FAILED);
    }
  }

  /** Runs the pipeline into a temporary folder and swaps it into place. */
  public static void run(NewscleanOptions options) throws IOException {
    Path output = Paths.get(options.getOutput()).toAbsolutePath().normalize();
    Path parent = output.getParent();
    Files.createDirectories(parent);
    Path staging = Files.createTempDirectory(parent, "." + output.getFileName() + ".staging-");
    if (Files.getFileStore(staging).supportsFileAttributeView("posix")) {
      // A temp folder is private (700); the output folder is an ordinary one.
      Files.setPosixFilePermissions(staging, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
    }
    if (options.getState().isEmpty() && options.getStateIn().isEmpty()) {
      // The state of the previous output is read, the new one goes into the staging folder and is swapped in with it.
      options.setStateIn(output.resolve("state").toString());
    }
    options.setOutput(staging.toString());
    try {
      PipelineResult result = NewscleanPipeline.start(options);
      if (!options.getQuiet()) {
        new Progress(System.err, System.console() != null).watch(result);
      }
      result.waitUntilFinish();
      swap(staging, output);
    } finally {
      deleteTree(staging);
    }
    if (!options.getQuiet()) {
      System.err.println("newsclean: wrote " + output + " (see report.json and report.html)");
    }
  }

  /** The DirectRunner's mutation and encodability checks cost about 3x on light work: off unless asked for. */
  private static void productionDefaults(NewscleanOptions options, String[] args) {
    DirectOptions direct = options.as(DirectOptions.class);
    if (Arrays.stream(args).noneMatch(a -> a.startsWith("--enforceImmutability"))) {
      direct.setEnforceImmutability(false);
    }
    if (Arrays.stream(args).noneMatch(a -> a.startsWith("--enforceEncodability"))) {
      direct.setEnforceEncodability(false);
    }
    // run() returns at once, so the progress line can read the counters while the job goes on.
    if (Arrays.stream(args).noneMatch(a -> a.startsWith("--blockOnRun"))) {
      direct.setBlockOnRun(false);
    }
  }

  /** Moves the new output into place; a {@code .gitkeep} in the old folder is carried over. */
  static void swap(Path staging, Path output) throws IOException {
    Path retired = null;
    if (Files.exists(output)) {
      if (Files.exists(output.resolve(".gitkeep"))) {
        Files.copy(output.resolve(".gitkeep"), staging.resolve(".gitkeep"), StandardCopyOption.REPLACE_EXISTING);
      }
      retired = Files.createTempDirectory(output.getParent(), "." + output.getFileName() + ".old-");
      Files.delete(retired);
      Files.move(output, retired, StandardCopyOption.ATOMIC_MOVE);
    }
    Files.move(staging, output, StandardCopyOption.ATOMIC_MOVE);
    if (retired != null) {
      deleteTree(retired);
    }
  }

  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
