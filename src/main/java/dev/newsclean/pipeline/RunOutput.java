package dev.newsclean.pipeline;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

/**
 * Where one run writes: the output folder the user named, the staging folder beside it that the run
 * fills ({@link OutputFolder}), and inside that the temp folder of the bundles' files. The last
 * step of the pipeline ({@link WriteOutputs}) swaps the staging folder into place; a run that fails
 * before leaves the output folder as it was.
 */
public final class RunOutput implements Serializable {

  private final String folder;
  private final String staging;
  private final transient List<String> recovered;

  private RunOutput(String folder, String staging, List<String> recovered) {
    this.folder = folder;
    this.staging = staging;
    this.recovered = recovered;
  }

  /**
   * Cleans up what killed runs on {@code output} left ({@link OutputFolder#recover}) and makes this
   * run's staging folder.
   */
  static RunOutput prepare(String output) {
    Path path = Paths.get(output).toAbsolutePath().normalize();
    try {
      List<String> recovered = OutputFolder.recover(path);
      return new RunOutput(path.toString(), OutputFolder.stage(path).toString(), recovered);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare the output folder " + path, e);
    }
  }

  /** The output folder the run replaces when it succeeds (absolute). */
  public String folder() {
    return folder;
  }

  /** The folder this run writes into. */
  public String staging() {
    return staging;
  }

  /** The bundles' temp files, until {@link FinalizeOutputs} moves them into place. */
  String temp() {
    return staging + "/.newsclean-temp";
  }

  /** What preparing the output cleaned up after killed runs, for the log. */
  public List<String> recovered() {
    return recovered == null ? List.of() : recovered;
  }

  /** Swaps the staging folder into place. */
  void publish() throws IOException {
    OutputFolder.swap(Paths.get(staging), Paths.get(folder));
  }

  /** Deletes the staging folder of a run that did not finish. */
  void discard() {
    try {
      OutputFolder.deleteTree(Paths.get(staging));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + staging, e);
    }
  }
}
