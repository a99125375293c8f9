package dev.newsclean.model;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * One article-to-be: the blocks found in one input (a file, or one record of a container such as a
 * JSONL line or a WARC response), before cleaning.
 *
 * @param source the input's path relative to the input folder, plus {@code #fragment} inside
 *     containers
 * @param format how the text was obtained: {@code text}, {@code html}, {@code tika}
 * @param blocks the text units in reading order
 * @param hints metadata the input carried (HTML meta tags, JSONL fields, Tika metadata)
 * @param linesIn how many lines (or blocks) the input had
 */
public record Document(
    String source, String format, List<Block> blocks, Metadata hints, int linesIn)
    implements Serializable {

  public Document {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(format, "format");
    blocks = List.copyOf(blocks);
    hints = hints == null ? Metadata.EMPTY : hints;
  }
}
