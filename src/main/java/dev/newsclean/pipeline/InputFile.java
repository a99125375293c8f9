package dev.newsclean.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.channels.Channels;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.io.FileSystems;

/**
 * An input file between the steps: where it is, its size, the SHA-256 of its bytes (empty when it
 * could not be read) and the run those bytes were first read in ({@link PriorRun#run}). Opened as
 * it is, undecompressed, as {@link MatchScrapes} opens it.
 */
record InputFile(String resource, long size, String hash, long since) implements Serializable {

  static InputFile of(FileIO.ReadableFile file, String hash, long since) {
    return new InputFile(
        file.getMetadata().resourceId().toString(), file.getMetadata().sizeBytes(), hash, since);
  }

  InputStream open() throws IOException {
    return Channels.newInputStream(FileSystems.open(FileSystems.matchNewResource(resource, false)));
  }
}
