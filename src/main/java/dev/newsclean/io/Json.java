package dev.newsclean.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** JSON for the output files: one compact object per line, fields in their declared order. */
public final class Json {

  /** Configured once and never changed: ObjectMapper is thread-safe after configuration. */
  private static final ObjectMapper MAPPER =
      JsonMapper.builder(
              com.fasterxml.jackson.core.JsonFactory.builder()
                  // What is read back is what newsclean wrote, within its own limits
                  // (--maxInputBytes, --maxTextChars).
                  .streamReadConstraints(
                      com.fasterxml.jackson.core.StreamReadConstraints.builder()
                          .maxStringLength(Integer.MAX_VALUE)
                          .build())
                  .build())
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
          .disable(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET)
          .disable(SerializationFeature.FLUSH_AFTER_WRITE_VALUE)
          .build();

  private Json() {}

  /**
   * The top-level string fields {@code names} of one JSON object line, read without building the
   * others (a record's text is scanned, not copied); a field that is absent or not a string is
   * null.
   */
  public static java.util.Map<String, String> fields(String line, java.util.Set<String> names) {
    java.util.Map<String, String> found = new java.util.HashMap<>();
    try (com.fasterxml.jackson.core.JsonParser parser = MAPPER.getFactory().createParser(line)) {
      if (parser.nextToken() != com.fasterxml.jackson.core.JsonToken.START_OBJECT) {
        throw new IllegalArgumentException("not a JSON object");
      }
      while (parser.nextToken() == com.fasterxml.jackson.core.JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        com.fasterxml.jackson.core.JsonToken value = parser.nextToken();
        if (names.contains(name) && value == com.fasterxml.jackson.core.JsonToken.VALUE_STRING) {
          found.put(name, parser.getText());
        } else {
          parser.skipChildren();
        }
      }
    } catch (java.io.IOException e) {
      throw new IllegalArgumentException("cannot read JSON: " + e.getMessage(), e);
    }
    return found;
  }

  /** Reads one line written by {@link #line} back as {@code type}. */
  public static <T> T read(String line, Class<T> type) {
    try {
      return MAPPER.readValue(line, type);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "cannot read " + type.getSimpleName() + " from JSON: " + e.getOriginalMessage(), e);
    }
  }

  /**
   * Writes one line of JSON (without the newline) straight into {@code out}: a large document is
   * never built as a string first. The writer stays open.
   */
  public static void write(java.io.Writer out, Object value) throws java.io.IOException {
    MAPPER.writeValue(out, value);
  }

  /** One line of JSON for a record, removal, reject or report. */
  public static String line(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "cannot write " + value.getClass().getSimpleName() + " as JSON", e);
    }
  }
}
