package dev.newsclean.extract.container;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.apache.tika.langdetect.opennlp.OpenNLPDetector;
import org.apache.tika.language.detect.LanguageResult;

/**
 * Tika's language detector (OpenNLP's model), for text whose language neither the page nor the
 * stop-word lists tell: gives an ISO 639-1 code, or null when no language leads the next by {@link
 * #MIN_LEAD} times. Reads at most {@link #MAX_CHARS} characters. Loads its model once, when first
 * asked; not thread-safe (one per worker).
 */
public final class TikaLanguage implements Function<String, String> {

  static final int MAX_CHARS = 1500;
  private static final float MIN_LEAD = 2.0f;
  private static final Map<String, String> ISO3_TO_ISO1 = iso3ToIso1();

  /** Loaded on first use: text whose stop words tell its language never needs the model. */
  private OpenNLPDetector detector;

  private OpenNLPDetector detector() {
    if (detector == null) {
      try {
        OpenNLPDetector loaded = new OpenNLPDetector();
        loaded.loadModels();
        detector = loaded;
      } catch (IOException e) {
        throw new UncheckedIOException("cannot load Tika's language model", e);
      }
    }
    return detector;
  }

  @Override
  public String apply(String text) {
    OpenNLPDetector detector = detector();
    detector.reset();
    String sample = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
    detector.addText(sample.toCharArray(), 0, sample.length());
    List<LanguageResult> results = detector.detectAll();
    // isUnknown() is true whenever the confidence band is NONE, as it is on short texts: not used.
    if (results.isEmpty()
        || results.get(0).getLanguage() == null
        || results.get(0).getLanguage().isEmpty()) {
      return null;
    }
    // OpenNLP's confidence bands stay at NONE on short texts; a clear lead over the runner-up is
    // the signal.
    LanguageResult best = results.get(0);
    if (results.size() > 1 && best.getRawScore() < MIN_LEAD * results.get(1).getRawScore()) {
      return null;
    }
    String code = best.getLanguage().toLowerCase(Locale.ROOT);
    return code.length() == 2 ? code : ISO3_TO_ISO1.get(code);
  }

  private static Map<String, String> iso3ToIso1() {
    Map<String, String> map = new HashMap<>();
    for (String iso1 : Locale.getISOLanguages()) {
      try {
        map.put(Locale.forLanguageTag(iso1).getISO3Language(), iso1);
      } catch (java.util.MissingResourceException e) {
        // A language with no three-letter code is not one the model names.
      }
    }
    map.put("cmn", "zh");
    map.put("zho", "zh");
    return map;
  }
}
