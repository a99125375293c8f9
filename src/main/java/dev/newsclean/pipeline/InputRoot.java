package dev.newsclean.pipeline;

import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * The input folder (or file pattern) and how a matched file's name becomes a record's {@code
 * source}: its path relative to the folder.
 */
public final class InputRoot implements Serializable {

  private final String pattern;
  private final String prefix;

  private InputRoot(String pattern, String prefix) {
    this.pattern = pattern;
    this.prefix = prefix;
  }

  /**
   * A folder is read recursively, a file on its own; anything else must be a file pattern (a
   * missing folder is an error, not an empty run).
   */
  public static InputRoot of(String input) {
    Path path = Paths.get(input).toAbsolutePath().normalize();
    if (Files.isDirectory(path)) {
      return new InputRoot(path + "/**", path + "/");
    }
    if (Files.isRegularFile(path)) {
      return new InputRoot(path.toString(), path.getParent() + "/");
    }
    String text = path.toString();
    int wildcard = firstWildcard(text);
    if (wildcard < 0) {
      throw new IllegalArgumentException("--input " + input + " does not exist");
    }
    String base = wildcard < 0 ? text : text.substring(0, text.lastIndexOf('/', wildcard) + 1);
    return new InputRoot(text, base);
  }

  public String pattern() {
    return pattern;
  }

  /** The path of a matched file relative to the input folder. */
  public String relativize(String matched) {
    String path =
        matched.startsWith("file:") ? Paths.get(java.net.URI.create(matched)).toString() : matched;
    return path.startsWith(prefix) ? path.substring(prefix.length()) : path;
  }

  private static int firstWildcard(String s) {
    for (int i = 0; i < s.length(); i++) {
      if ("*?[{".indexOf(s.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }
}
