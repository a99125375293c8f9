package dev.newsclean.clean;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Guesses a document's language from the share of its words that are stop words of each language in
 * the rule book: cheap, needs no model, and picks exactly the list the classifier will use. A
 * document whose best share is under {@link #MIN_SHARE} gets no guess.
 */
public final class LanguageGuesser {

  static final double MIN_SHARE = 0.12;
  private static final int MAX_WORDS = 3000;

  private final RuleBook book;

  public LanguageGuesser(RuleBook book) {
    this.book = book;
  }

  /** An ISO 639-1 code, or null when no list fits. */
  public String guess(List<String> lines) {
    return guessFromTokens(
        lines.stream().map(l -> LineFeatures.tokens(LineFeatures.sample(l))).toList());
  }

  /** As {@link #guess}, from each line's {@link LineFeatures#tokens}. */
  String guessFromTokens(List<List<String>> lines) {
    Map<String, Integer> counts = new HashMap<>();
    int total = 0;
    outer:
    for (List<String> line : lines) {
      for (String token : line) {
        counts.merge(token.toLowerCase(Locale.ROOT), 1, Integer::sum);
        if (++total >= MAX_WORDS) {
          break outer;
        }
      }
    }
    String best = null;
    double bestShare = MIN_SHARE;
    for (String language : book.languages().stream().sorted().toList()) {
      Set<String> words = book.stopwords(language);
      int hits = 0;
      for (Map.Entry<String, Integer> e : counts.entrySet()) {
        if (words.contains(e.getKey())) {
          hits += e.getValue();
        }
      }
      double share = total == 0 ? 0 : (double) hits / total;
      if (share > bestShare) {
        bestShare = share;
        best = language;
      }
    }
    return best;
  }
}
