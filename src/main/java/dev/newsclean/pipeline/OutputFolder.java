package dev.newsclean.pipeline;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The output folder is replaced whole or not at all. A run writes into a staging folder beside it
 * ({@code .output.staging-<pid>-<n>}), and only a finished run swaps it in: the old output is
 * renamed aside ({@code .output.old-<pid>-<n>}), the staging folder renamed into place, the old one
 * deleted. Both names carry the process id of their run, so the next run can tell what a killed run
 * left ({@link #recover}): its staging folder is deleted, and if it died between the two renames
 * the old output is put back.
 */
public final class OutputFolder {

  private static final Pattern LEFTOVER = Pattern.compile("\\.(.+)\\.(staging|old)-(\\d+)-\\d+");

  private OutputFolder() {}

  /** A new, empty staging folder for {@code output}, named with this process's id. */
  static Path stage(Path output) throws IOException {
    Files.createDirectories(output.getParent());
    Path staging =
        Files.createTempDirectory(
            output.getParent(), prefix(output, "staging", ProcessHandle.current().pid()));
    if (Files.getFileStore(staging).supportsFileAttributeView("posix")) {
      // A temp folder is private (700); the output folder is an ordinary one.
      Files.setPosixFilePermissions(staging, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
    return staging;
  }

  private static String prefix(Path output, String kind, long pid) {
    return "." + output.getFileName() + "." + kind + "-" + pid + "-";
  }

  /**
   * Moves the new output into place; a {@code .gitkeep} in the old folder is carried over. The old
   * output's name aside carries the process id of the staging folder's run (the one that started
   * the pipeline), wherever this step runs. A swap done already (no staging folder, an output) is
   * done.
   */
  static void swap(Path staging, Path output) throws IOException {
    if (!Files.exists(staging) && Files.exists(output)) {
      return; // a retried step: the first attempt swapped
    }
    Matcher named = LEFTOVER.matcher(staging.getFileName().toString());
    long pid = named.matches() ? Long.parseLong(named.group(3)) : ProcessHandle.current().pid();
    Path retired = null;
    if (Files.exists(output)) {
      if (Files.exists(output.resolve(".gitkeep"))) {
        Files.copy(
            output.resolve(".gitkeep"),
            staging.resolve(".gitkeep"),
            StandardCopyOption.REPLACE_EXISTING);
      }
      retired = Files.createTempDirectory(output.getParent(), prefix(output, "old", pid));
      Files.delete(retired);
      Files.move(output, retired, StandardCopyOption.ATOMIC_MOVE);
    }
    Files.move(staging, output, StandardCopyOption.ATOMIC_MOVE);
    if (retired != null) {
      deleteTree(retired);
    }
  }

  /**
   * Cleans up after runs on {@code output} that were killed: deletes their staging and half-deleted
   * old folders, and puts the old output back when a run died between its two renames (no output,
   * an old one beside it). Folders of runs still alive are left alone. Returns what it did, for the
   * log.
   */
  public static List<String> recover(Path output) throws IOException {
    List<String> done = new ArrayList<>();
    Path parent = output.getParent();
    if (parent == null || !Files.isDirectory(parent)) {
      return done;
    }
    List<Path> deadOld = new ArrayList<>();
    List<Path> deadStaging = new ArrayList<>();
    try (DirectoryStream<Path> entries =
        Files.newDirectoryStream(parent, "." + output.getFileName() + ".*")) {
      for (Path entry : entries) {
        Matcher m = LEFTOVER.matcher(entry.getFileName().toString());
        if (!m.matches()
            || !m.group(1).equals(output.getFileName().toString())
            || alive(Long.parseLong(m.group(3)))) {
          continue;
        }
        (m.group(2).equals("old") ? deadOld : deadStaging).add(entry);
      }
    }
    if (!Files.exists(output) && !deadOld.isEmpty()) {
      Optional<Path> newest = deadOld.stream().max(Comparator.comparing(OutputFolder::modified));
      Files.move(newest.get(), output, StandardCopyOption.ATOMIC_MOVE);
      deadOld.remove(newest.get());
      done.add("put back the previous output from " + newest.get().getFileName());
    }
    for (Path leftover : concat(deadStaging, deadOld)) {
      deleteTree(leftover);
      done.add("deleted " + leftover.getFileName() + ", left by a run that was killed");
    }
    return done;
  }

  private static boolean alive(long pid) {
    return pid != ProcessHandle.current().pid()
        && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
  }

  private static long modified(Path p) {
    try {
      return Files.getLastModifiedTime(p).toMillis();
    } catch (IOException e) {
      return 0;
    }
  }

  private static List<Path> concat(List<Path> a, List<Path> b) {
    List<Path> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  public static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  /**
   * What two runs' outputs are compared by: the lines of each output kind (records, removed,
   * rejects), sorted, and the report; not the order lines were written in, nor the state.
   */
  public static java.util.Map<String, List<String>> contents(Path output) throws IOException {
    java.util.Map<String, List<String>> all = new java.util.TreeMap<>();
    for (String kind : List.of("records", "removed", "rejects", "duplicates")) {
      List<String> lines = new ArrayList<>();
      try (Stream<Path> files = Files.list(output)) {
        for (Path f :
            files
                .filter(p -> p.getFileName().toString().startsWith(kind + "-"))
                .sorted()
                .toList()) {
          lines.addAll(Files.readAllLines(f, java.nio.charset.StandardCharsets.UTF_8));
        }
      }
      lines.removeIf(String::isEmpty);
      lines.sort(null);
      all.put(kind, lines);
    }
    all.put(
        "report",
        List.of(
            new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(output.resolve("report.json").toFile())
                .toString()));
    return all;
  }

  /**
   * Copies the folder {@code from} and everything in it to {@code to} (a benchmark's or a test's
   * second output).
   */
  public static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path f : files.toList()) {
        Path target = to.resolve(from.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(target);
        } else {
          Files.copy(f, target);
        }
      }
    }
  }
}
