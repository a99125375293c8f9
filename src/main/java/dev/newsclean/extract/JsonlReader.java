package dev.newsclean.extract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsclean.model.Metadata;
import dev.newsclean.model.Reject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * JSON Lines scrape records, streamed one line at a time: each line is its own document ({@code
 * file.jsonl#N}, N the 1-based line number) with its HTML or text and the metadata fields it
 * carries. A bad line is its own reject; the other lines go on.
 */
final class JsonlReader {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final JsonlFields fields;
  private final HtmlExtractor html;
  private final long maxLineChars;

  JsonlReader(JsonlFields fields, HtmlExtractor html, long maxLineChars) {
    this.fields = fields;
    this.html = html;
    this.maxLineChars = maxLineChars;
  }

  void read(String source, InputStream in, DocumentSink sink) throws IOException {
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    int lineNo = 0;
    for (String line; (line = reader.readLine()) != null; ) {
      lineNo++;
      if (line.isBlank()) {
        continue;
      }
      String id = source + "#" + lineNo;
      if (line.length() > maxLineChars) {
        sink.reject(Reject.of(id, Reject.Reason.TOO_LARGE, "line of " + line.length() + " characters is over the size limit"));
        continue;
      }
      try {
        record(id, JSON.readTree(line), sink);
      } catch (JsonProcessingException e) {
        sink.reject(Reject.of(id, Reject.Reason.CORRUPT, "not a JSON object: " + e.getOriginalMessage()));
      }
    }
  }

  private void record(String id, JsonNode node, DocumentSink sink) {
    if (!node.isObject()) {
      sink.reject(Reject.of(id, Reject.Reason.CORRUPT, "the line is JSON but not an object"));
      return;
    }
    String url = first(node, fields.url());
    Metadata hints = new Metadata(first(node, fields.title()), List.of(), first(node, fields.date()), null, url, null, null, null, null);
    String page = first(node, fields.html());
    String text = first(node, fields.text());
    if (page == null && text != null && ContentSniffer.looksLikeHtml(text.getBytes(StandardCharsets.UTF_8))) {
      page = text;
    }
    if (page != null) {
      sink.document(html.extract(id, page, url, hints));
    } else if (text != null) {
      sink.document(PlainText.toDocument(id, text, "text", hints));
    } else {
      sink.reject(Reject.of(id, Reject.Reason.EMPTY, "no html or text field (looked for " + fields.html() + " and " + fields.text() + ")"));
    }
  }

  private static String first(JsonNode node, List<String> names) {
    for (String name : names) {
      JsonNode value = node.get(name);
      if (value != null && value.isValueNode() && !value.asText().isBlank()) {
        return value.asText();
      }
    }
    return null;
  }
}
