package dev.newsclean.extract.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;

/**
 * The class, id and role words of {@code html-signals.json}, read once per class loader: the
 * container scores of {@link MainContent} and the hidden-element classes of {@link Pruning}.
 */
final class HtmlSignals {

  private static final JsonNode SIGNALS = load();

  private HtmlSignals() {}

  /** The {@code a|b|c} words under {@code key}. */
  static WordSignals words(String key) {
    return WordSignals.of(SIGNALS.get(key).asText());
  }

  /** The {@code a|b|c} entries under {@code key} as a set of whole tokens. */
  static Set<String> tokens(String key) {
    return Set.of(SIGNALS.get(key).asText().split("\\|"));
  }

  private static JsonNode load() {
    try (InputStream in =
        HtmlSignals.class.getResourceAsStream("/dev/newsclean/extract/html-signals.json")) {
      return new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read html-signals.json", e);
    }
  }
}
