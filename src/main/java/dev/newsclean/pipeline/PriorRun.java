package dev.newsclean.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.io.fs.MatchResult;

/**
 * What this run knows of the previous one, decided on the driver before the pipeline is built: the
 * state files to read ({@code inputs-*.jsonl}), the previous output's files to carry records from,
 * whether carrying is allowed, and the {@link CodeFingerprint} this run cleans with.
 *
 * <p>Records are carried over only when {@code --incremental} is on and the previous output is the
 * one the state describes: the same token is in the state's {@code run.txt} and the output's {@code
 * .newsclean-run} ({@link FinalizeOutputs} writes both). Otherwise every input is read again (the
 * state still gives what the earlier pages taught about their sites). The token ends with the run's
 * number ({@link #run}, 1 for a first run), which dates when each input was first read.
 *
 * <p>With {@code quickCheck} on ({@code --quickCheck}, the default), an input whose size and
 * modification time are what the state recorded is taken as unchanged without reading its bytes.
 */
record PriorRun(
    List<String> stateFiles,
    List<String> outputFiles,
    boolean carry,
    boolean quickCheck,
    String code,
    boolean writeState,
    String token,
    long run)
    implements Serializable {

  static final String STATE_FILES = "inputs";
  static final String STATE_TOKEN = "run.txt";
  static final String OUTPUT_TOKEN = ".newsclean-run";

  /** No earlier run, and nothing kept for the next one. */
  static PriorRun none() {
    return new PriorRun(List.of(), List.of(), false, false, "", false, "", 1);
  }

  /**
   * Plans a run that reads the state in {@code stateIn} (or none when null) and the previous output
   * in {@code previousOutput} (or none when empty), and writes a state when {@code writeState}.
   */
  static PriorRun plan(
      String stateIn,
      String previousOutput,
      boolean incremental,
      boolean quickCheck,
      boolean writeState,
      String code) {
    String id = java.util.UUID.randomUUID().toString();
    if (stateIn == null) {
      return new PriorRun(List.of(), List.of(), false, false, code, writeState, id + " 1", 1);
    }
    List<String> stateFiles = match(stateIn + "/" + STATE_FILES + "-*.jsonl");
    String before = read(stateIn + "/" + STATE_TOKEN);
    long run = before == null ? 1 : runOf(before) + 1;
    boolean carry =
        incremental
            && !stateFiles.isEmpty()
            && !previousOutput.isEmpty()
            && before != null
            && before.equals(read(previousOutput + "/" + OUTPUT_TOKEN));
    List<String> outputFiles = new ArrayList<>();
    if (carry) {
      for (String kind :
          List.of(
              CleanFiles.RECORDS,
              CleanFiles.REMOVED,
              CleanFiles.REJECTS,
              MarkDuplicates.DUPLICATES)) {
        outputFiles.addAll(match(previousOutput + "/" + kind + "-*.jsonl"));
      }
    }
    return new PriorRun(
        stateFiles, outputFiles, carry, quickCheck, code, writeState, id + " " + run, run);
  }

  /** The run's number in a token ({@code <uuid> <run>}); 0 for a token without one. */
  static long runOf(String token) {
    try {
      return Long.parseLong(token.substring(token.lastIndexOf(' ') + 1));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static String read(String path) {
    List<String> found = match(path);
    if (found.isEmpty()) {
      return null;
    }
    try (InputStream in =
        Channels.newInputStream(
            FileSystems.open(FileSystems.matchNewResource(found.get(0), false)))) {
      String text = new String(in.readNBytes(200), StandardCharsets.UTF_8).trim();
      return text.isEmpty() ? null : text;
    } catch (IOException e) {
      return null;
    }
  }

  static List<String> match(String pattern) {
    try {
      List<String> files = new ArrayList<>();
      for (MatchResult.Metadata m :
          FileSystems.match(List.of(pattern), EmptyMatchTreatment.ALLOW).get(0).metadata()) {
        files.add(m.resourceId().toString());
      }
      files.sort(null);
      return files;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + pattern, e);
    }
  }
}
