package dev.newsclean.pipeline;

import org.apache.beam.sdk.io.Compression;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollection;

/**
 * Finds every file under the input folder (recursively) and opens it, spread over bundles of a
 * steady size ({@link BatchFiles}). Files are opened as they are, undecompressed: gzip is detected
 * from the bytes later, not from the name.
 */
public final class MatchScrapes extends PTransform<PBegin, PCollection<FileIO.ReadableFile>> {

  /** Files per bundle: see {@link BatchFiles}. */
  static final int FILES_PER_BATCH = 200;

  private final InputRoot root;

  public MatchScrapes(InputRoot root) {
    this.root = root;
  }

  @Override
  public PCollection<FileIO.ReadableFile> expand(PBegin begin) {
    return begin
        .apply("InputPattern", Create.of(root.pattern()))
        // BatchFiles spreads the files, instead of match's one-file-per-bundle reshuffle.
        .apply(
            "MatchFiles",
            FileIO.matchAll()
                .withEmptyMatchTreatment(EmptyMatchTreatment.ALLOW)
                .withOutputParallelization(false))
        .apply("BatchFiles", new BatchFiles(root, FILES_PER_BATCH))
        .apply("OpenFiles", FileIO.readMatches().withCompression(Compression.UNCOMPRESSED));
  }
}
