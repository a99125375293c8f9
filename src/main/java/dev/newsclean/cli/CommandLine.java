package dev.newsclean.cli;

import dev.newsclean.pipeline.NewscleanOptions;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.Optional;
import org.apache.beam.sdk.options.PipelineOptionsFactory;

/**
 * The command line: {@code --help} and {@code -h} list newsclean's own options (with their
 * descriptions and defaults) and then where the runner's are; a mistyped or malformed option is one
 * line on stderr (with Beam's "did you mean") and {@link #USAGE} as the exit code.
 */
final class CommandLine {

  /** The run succeeded (or help was printed). */
  static final int OK = 0;

  /** The run failed; the previous output is kept. */
  static final int FAILED = 1;

  /** The command line was wrong; nothing ran. */
  static final int USAGE = 2;

  private CommandLine() {}

  /** True when the arguments ask for newsclean's help. */
  static boolean wantsHelp(String[] args) {
    return Arrays.stream(args)
        .anyMatch(a -> a.equals("--help") || a.equals("-h") || a.equals("--help=true"));
  }

  static void printHelp(PrintStream out) {
    out.println("newsclean: clean a folder of news scrapes into JSON records.");
    out.println();
    out.println("  mvn -q compile exec:java -Dexec.args=\"--input=DIR --output=DIR\"");
    out.println("  java -jar newsclean-<version>-all.jar --input=DIR --output=DIR");
    out.println();
    PipelineOptionsFactory.printHelp(out, NewscleanOptions.class);
    out.println(
        "Runner options: --runner=DirectRunner (default), FlinkRunner or SparkRunner when built with -Pflink or -Pspark;");
    out.println(
        "  --help=org.apache.beam.runners.direct.DirectOptions (or FlinkPipelineOptions, SparkPipelineOptions) lists them.");
    out.println();
    out.println(
        "Exit codes: 0 done, 1 the run failed (previous output kept), 2 a wrong option (nothing ran).");
  }

  /** The options, or empty after printing a one-line reason to {@code err}. */
  static Optional<NewscleanOptions> parse(String[] args, PrintStream err) {
    PipelineOptionsFactory.register(NewscleanOptions.class);
    try {
      return Optional.of(
          PipelineOptionsFactory.fromArgs(args).withValidation().as(NewscleanOptions.class));
    } catch (IllegalArgumentException e) {
      err.println("newsclean: " + oneLine(e) + " (--help lists the options)");
      return Optional.empty();
    }
  }

  /**
   * Beam's message without its class names: "missing a property named 'inptu'. Did you mean
   * 'input'?".
   */
  static String oneLine(Throwable e) {
    String message =
        e.getMessage() == null
            ? e.getClass().getSimpleName()
            : e.getMessage().lines().findFirst().orElse("");
    return message.replaceFirst(
        "^Class interface \\S+ missing a property named '([^']*)'\\.", "unknown option --$1.");
  }
}
