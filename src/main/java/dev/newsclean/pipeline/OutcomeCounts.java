package dev.newsclean.pipeline;

import java.io.Serializable;
import java.util.Map;
import java.util.TreeMap;

/**
 * How many outcomes of each kind one bundle had: {@code records}, {@code rejected:<reason>},
 * {@code skipped:<kind>}, {@code removed:<rule>}. Summed into the run's {@link Report}.
 */
public record OutcomeCounts(TreeMap<String, Long> counts) implements Serializable {

  static final String RECORDS = "records";
  static final String REJECTED = "rejected:";
  static final String SKIPPED = "skipped:";
  static final String REMOVED = "removed:";

  public static OutcomeCounts of(Map<String, Long> counts) {
    return new OutcomeCounts(new TreeMap<>(counts));
  }
}
