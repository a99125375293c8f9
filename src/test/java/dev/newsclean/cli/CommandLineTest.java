package dev.newsclean.cli;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.Test;

public class CommandLineTest {

  private static String printed(java.util.function.Consumer<PrintStream> body) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      body.accept(out);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  public void helpListsNewscleansOwnOptionsWithDefaults() {
    assertTrue(CommandLine.wantsHelp(new String[] {"--help"}));
    assertTrue(CommandLine.wantsHelp(new String[] {"-h"}));
    assertFalse(
        CommandLine.wantsHelp(
            new String[] {"--help=org.apache.beam.runners.direct.DirectOptions"}));
    String help = printed(CommandLine::printHelp);
    for (String option :
        new String[] {
          "--input",
          "--output",
          "--maxInputBytes",
          "--parseTimeoutSeconds",
          "--jsonlFields",
          "--foldTypography"
        }) {
      assertTrue(option + " missing from:\n" + help, help.contains(option + "="));
    }
    assertTrue(help.contains("Default: 67108864"));
    assertTrue(help.contains("Exit codes"));
  }

  @Test
  public void aMistypedOptionIsOneLineWithASuggestion() {
    String err =
        printed(e -> assertTrue(CommandLine.parse(new String[] {"--inptu=foo"}, e).isEmpty()));
    assertEquals(1, err.lines().count());
    assertTrue(err, err.startsWith("newsclean: unknown option --inptu. Did you mean 'input'?"));
  }

  @Test
  public void aMalformedValueIsOneLine() {
    String err =
        printed(
            e -> assertTrue(CommandLine.parse(new String[] {"--maxInputBytes=lots"}, e).isEmpty()));
    assertEquals(1, err.lines().count());
    assertTrue(err, err.contains("lots"));
  }

  @Test
  public void goodOptionsParse() {
    String err =
        printed(
            e ->
                assertEquals(
                    "x",
                    CommandLine.parse(new String[] {"--input=x", "--output=y"}, e)
                        .orElseThrow()
                        .getInput()));
    assertEquals("", err);
  }
}
