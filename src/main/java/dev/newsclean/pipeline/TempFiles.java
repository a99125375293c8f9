package dev.newsclean.pipeline;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.util.MimeTypes;

/**
 * The steps' temp files of JSON lines, opened through Beam's {@code FileSystems} (so on any file
 * system a runner uses).
 */
final class TempFiles {

  private static final int BUFFER = 1 << 16;

  private TempFiles() {}

  /** A new file at {@code path}, UTF-8, buffered. */
  static Writer writer(String path) throws IOException {
    var resource = FileSystems.matchNewResource(path, false);
    return new BufferedWriter(
        new OutputStreamWriter(
            Channels.newOutputStream(FileSystems.create(resource, MimeTypes.TEXT)),
            StandardCharsets.UTF_8),
        BUFFER);
  }

  /** The file at {@code path}, UTF-8, buffered. */
  static BufferedReader reader(String path) throws IOException {
    var resource = FileSystems.matchNewResource(path, false);
    return new BufferedReader(
        new InputStreamReader(
            Channels.newInputStream(FileSystems.open(resource)), StandardCharsets.UTF_8),
        BUFFER);
  }
}
