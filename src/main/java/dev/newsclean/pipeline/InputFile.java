package dev.newsclean.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.channels.Channels;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.MatchResult;

/**
 * An input file between the steps: where it is, its size, when it was last modified (epoch
 * milliseconds, 0 when the file system does not say), the SHA-256 of its bytes (empty when it could
 * not be read) and the run those bytes were first read in ({@link PriorRun#run}). Opened as it is,
 * undecompressed, as {@link MatchScrapes} opens it.
 */
record InputFile(String resource, long size, long modified, String hash, long since)
    implements Serializable {

  static InputFile of(FileIO.ReadableFile file, String hash, long since) {
    MatchResult.Metadata metadata = file.getMetadata();
    return new InputFile(
        metadata.resourceId().toString(),
        metadata.sizeBytes(),
        Math.max(0, metadata.lastModifiedMillis()),
        hash,
        since);
  }

  InputStream open() throws IOException {
    return Channels.newInputStream(FileSystems.open(FileSystems.matchNewResource(resource, false)));
  }
}
