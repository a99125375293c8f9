package dev.newsclean.extract.container;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsclean.extract.ContentSniffer;
import dev.newsclean.extract.DocumentSink;
import dev.newsclean.extract.LargeInputs;
import dev.newsclean.extract.PlainText;
import dev.newsclean.extract.html.HtmlExtractor;
import dev.newsclean.model.Metadata;
import dev.newsclean.model.Reject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * JSON Lines scrape records, streamed one line at a time: each line is its own document ({@code
 * file.jsonl#N}, N the 1-based line number) with its HTML or text and the metadata fields it
 * carries. A bad line is its own reject; the other lines go on.
 */
public final class JsonlReader {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final JsonlFields fields;
  private final HtmlExtractor html;
  private final long maxLineBytes;

  public JsonlReader(JsonlFields fields, HtmlExtractor html, long maxLineBytes) {
    this.fields = fields;
    this.html = html;
    this.maxLineBytes = maxLineBytes;
  }

  /**
   * Reads line by line in bytes, so a line over the size limit is rejected without ever being held
   * (it is skipped to its end), and the limit counts bytes as {@code --maxInputBytes} says.
   */
  public void read(String source, InputStream in, DocumentSink sink) throws IOException {
    byte[] buffer = new byte[1 << 16];
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    long length = 0;
    int lineNo = 0;
    LargeInputs.Scope scope = new LargeInputs.Scope();
    try {
      for (int n; (n = in.read(buffer)) >= 0; ) {
        int start = 0;
        for (int i = 0; i < n; i++) {
          if (buffer[i] == '\n') {
            length += keep(line, buffer, start, i - start, length);
            line(source, ++lineNo, line, length, sink);
            scope.close();
            line = length > LargeInputs.SMALL ? new ByteArrayOutputStream() : line;
            line.reset();
            length = 0;
            start = i + 1;
          }
        }
        length += keep(line, buffer, start, n - start, length);
        scope.grown(Math.min(length, maxLineBytes));
      }
      if (length > 0) {
        line(source, ++lineNo, line, length, sink);
      }
    } finally {
      scope.close();
    }
  }

  /** Keeps the part of a line that is within the limit; returns how many bytes the line grew by. */
  private int keep(
      ByteArrayOutputStream line, byte[] buffer, int from, int count, long lengthSoFar) {
    long room = Math.max(0, maxLineBytes - lengthSoFar);
    line.write(buffer, from, (int) Math.min(count, room));
    return count;
  }

  private void line(
      String source, int lineNo, ByteArrayOutputStream line, long length, DocumentSink sink) {
    String id = source + "#" + lineNo;
    if (length > maxLineBytes) {
      sink.reject(
          Reject.of(
              id,
              Reject.Reason.TOO_LARGE,
              "line of "
                  + length
                  + " bytes is over the size limit of "
                  + maxLineBytes
                  + " (--maxInputBytes)"));
      return;
    }
    String text = line.toString(StandardCharsets.UTF_8);
    if (text.isBlank()) {
      return;
    }
    try {
      record(id, JSON.readTree(text), sink);
    } catch (JsonProcessingException e) {
      sink.reject(
          Reject.of(id, Reject.Reason.CORRUPT, "not a JSON object: " + e.getOriginalMessage()));
    }
  }

  private void record(String id, JsonNode node, DocumentSink sink) {
    if (!node.isObject()) {
      sink.reject(Reject.of(id, Reject.Reason.CORRUPT, "the line is JSON but not an object"));
      return;
    }
    JsonlFields f = fields.forRecord(node);
    String url = first(node, f.url());
    Metadata hints =
        new Metadata(
            first(node, f.title()),
            names(node, f.authors()),
            first(node, f.date()),
            first(node, f.site()),
            url,
            first(node, f.fetched()),
            first(node, f.language()),
            first(node, f.description()),
            null,
            null);
    String page = first(node, f.html());
    String text = first(node, f.text());
    if (page == null
        && text != null
        && ContentSniffer.looksLikeHtml(text.getBytes(StandardCharsets.UTF_8))) {
      page = text;
    }
    if (page != null) {
      sink.document(html.extract(id, page, url, hints));
    } else if (text != null) {
      sink.document(PlainText.toDocument(id, text, "text", hints));
    } else {
      sink.reject(
          Reject.of(
              id,
              Reject.Reason.EMPTY,
              "no html or text field (looked for " + f.html() + " and " + f.text() + ")"));
    }
  }

  /** The value at a field name or dotted path ({@code metadata.url}), or a missing node. */
  private static JsonNode at(JsonNode node, String name) {
    JsonNode direct = node.get(name);
    if (direct != null || name.indexOf('.') < 0) {
      return direct;
    }
    JsonNode value = node;
    for (String part : name.split("\\.")) {
      value = value.path(part);
    }
    return value.isMissingNode() ? null : value;
  }

  private static String first(JsonNode node, List<String> names) {
    for (String name : names) {
      JsonNode value = at(node, name);
      if (value != null && value.isValueNode() && !value.asText().isBlank()) {
        return value.asText();
      }
    }
    return null;
  }

  /**
   * Names from the first field that has any: a list of strings, or one string of names joined by
   * ";" or "|".
   */
  private static List<String> names(JsonNode node, List<String> fields) {
    for (String field : fields) {
      JsonNode value = at(node, field);
      List<String> out = new ArrayList<>();
      if (value != null && value.isArray()) {
        value.forEach(
            v -> {
              String name = v.isTextual() ? v.asText() : v.path("name").asText("");
              if (!name.isBlank()) {
                out.add(name.strip());
              }
            });
      } else if (value != null && value.isTextual()) {
        for (String name : value.asText().split("\\s*[;|]\\s*")) {
          if (!name.isBlank()) {
            out.add(name.strip());
          }
        }
      }
      if (!out.isEmpty()) {
        return out;
      }
    }
    return List.of();
  }
}
