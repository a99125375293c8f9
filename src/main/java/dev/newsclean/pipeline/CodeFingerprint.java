package dev.newsclean.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * A fingerprint of what decides a record: newsclean's own classes and rule data (every file under
 * {@code dev/newsclean/} where its classes were loaded from, a jar or a folder) and the options
 * that change what is extracted and cleaned. An input cleaned under another fingerprint is cleaned
 * again on a rerun (docs/state.md).
 */
final class CodeFingerprint {

  private static String code;

  private CodeFingerprint() {}

  /** The fingerprint of this newsclean with these settings (SHA-256, hex, first 16 bytes). */
  static String of(ExtractSettings settings, SiteKey siteKey) {
    MessageDigest digest = sha256();
    digest.update(code().getBytes(StandardCharsets.UTF_8));
    digest.update(settings.toString().getBytes(StandardCharsets.UTF_8));
    digest.update(siteKey.toString().getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(digest.digest(), 0, 16);
  }

  /** The classes' and resources' fingerprint, computed once per JVM. */
  static synchronized String code() {
    if (code == null) {
      code = hashCode(location());
    }
    return code;
  }

  private static Path location() {
    try {
      return Path.of(
          CodeFingerprint.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException | NullPointerException e) {
      throw new IllegalStateException("cannot tell where newsclean's classes are", e);
    }
  }

  private static String hashCode(Path location) {
    MessageDigest digest = sha256();
    try {
      if (Files.isDirectory(location)) {
        Path ours = location.resolve("dev/newsclean");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(ours)) {
          files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
          digest.update(
              location
                  .relativize(file)
                  .toString()
                  .replace('\\', '/')
                  .getBytes(StandardCharsets.UTF_8));
          digest.update(Files.readAllBytes(file));
        }
      } else {
        try (JarFile jar = new JarFile(location.toFile())) {
          List<JarEntry> entries =
              jar.stream()
                  .filter(e -> !e.isDirectory() && e.getName().startsWith("dev/newsclean/"))
                  .sorted(java.util.Comparator.comparing(JarEntry::getName))
                  .toList();
          for (JarEntry entry : entries) {
            digest.update(entry.getName().getBytes(StandardCharsets.UTF_8));
            try (InputStream in = jar.getInputStream(entry)) {
              digest.update(in.readAllBytes());
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot fingerprint newsclean's classes at " + location, e);
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JVM has no SHA-256", e);
    }
  }
}
