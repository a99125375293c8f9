package dev.newsclean.pipeline;

import dev.newsclean.clean.DocumentCleaner;
import dev.newsclean.core.FileProcessor;
import dev.newsclean.extract.DocumentExtractor;
import dev.newsclean.extract.container.JsonlFields;
import dev.newsclean.extract.container.TikaLanguage;
import java.io.Serializable;
import java.time.Duration;

/** The options a worker needs to build its {@link FileProcessor}, as a serializable value. */
public record ExtractSettings(
    long maxBytes,
    int maxChars,
    int parseTimeoutSeconds,
    String jsonlFields,
    boolean foldTypography)
    implements Serializable {

  /** The extractor's default limits, with the given size limit. */
  public static ExtractSettings defaults(long maxBytes) {
    DocumentExtractor.Limits limits = DocumentExtractor.Limits.defaults();
    return new ExtractSettings(
        maxBytes, limits.maxChars(), (int) limits.parseTimeout().toSeconds(), "", false);
  }

  /** Reads the settings from the options, failing fast on a bad {@code --jsonlFields}. */
  public static ExtractSettings of(NewscleanOptions options) {
    JsonlFields.parse(options.getJsonlFields());
    return new ExtractSettings(
        options.getMaxInputBytes(),
        options.getMaxTextChars(),
        options.getParseTimeoutSeconds(),
        options.getJsonlFields(),
        options.getFoldTypography());
  }

  /** A new processor: heavy (Tika, the rule book), so build one per worker, in {@code @Setup}. */
  public FileProcessor newProcessor() {
    return new FileProcessor(newExtractor(), newCleaner());
  }

  /** A new extractor (holds Tika): one per worker. */
  public DocumentExtractor newExtractor() {
    return new DocumentExtractor(
        new DocumentExtractor.Limits(maxBytes, maxChars, Duration.ofSeconds(parseTimeoutSeconds)),
        JsonlFields.parse(jsonlFields));
  }

  /** A new cleaner with the shipped rule book; thread-safe, but cheap to hold one per worker. */
  public DocumentCleaner newCleaner() {
    return DocumentCleaner.news(foldTypography, new TikaLanguage());
  }
}
