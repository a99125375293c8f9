package dev.newsclean.extract;

import dev.newsclean.model.Block;
import dev.newsclean.model.Document;
import dev.newsclean.model.Metadata;
import java.util.ArrayList;
import java.util.List;

/** A plain-text scrape as a document: one block per line, blank lines included as separators. */
public final class PlainText {

  private PlainText() {}

  public static Document toDocument(String source, String text, String format, Metadata hints) {
    List<Block> blocks = new ArrayList<>();
    int lineNo = 0;
    int start = 0;
    int length = text.length();
    while (start <= length) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = length;
      }
      String line = text.substring(start, end);
      if (line.endsWith("\r")) {
        line = line.substring(0, line.length() - 1);
      }
      lineNo++;
      if (!(end == length && line.isEmpty() && lineNo > 1)) {
        blocks.add(Block.line(line, lineNo));
      } else {
        lineNo--;
      }
      start = end + 1;
    }
    return new Document(source, format, blocks, hints, lineNo);
  }
}
