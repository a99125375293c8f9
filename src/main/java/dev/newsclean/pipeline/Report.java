package dev.newsclean.pipeline;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.io.Serializable;
import java.util.Map;
import java.util.TreeMap;

/** {@code report.json}: what a run did with every input. */
@JsonPropertyOrder({"inputs", "records", "rejected", "skipped", "rejects_by_reason", "skipped_by_kind", "removed_lines", "removed_by_rule"})
public record Report(
    long inputs,
    long records,
    long rejected,
    long skipped,
    @JsonProperty("rejects_by_reason") Map<String, Long> rejectsByReason,
    @JsonProperty("skipped_by_kind") Map<String, Long> skippedByKind,
    @JsonProperty("removed_lines") long removedLines,
    @JsonProperty("removed_by_rule") Map<String, Long> removedByRule)
    implements Serializable {

  static Report of(Map<String, Long> counts) {
    TreeMap<String, Long> rejects = new TreeMap<>();
    TreeMap<String, Long> skips = new TreeMap<>();
    TreeMap<String, Long> removed = new TreeMap<>();
    long records = 0;
    for (Map.Entry<String, Long> e : counts.entrySet()) {
      String key = e.getKey();
      if (key.equals(OutcomeCounts.RECORDS)) {
        records = e.getValue();
      } else if (key.startsWith(OutcomeCounts.REJECTED)) {
        rejects.put(key.substring(OutcomeCounts.REJECTED.length()), e.getValue());
      } else if (key.startsWith(OutcomeCounts.SKIPPED)) {
        skips.put(key.substring(OutcomeCounts.SKIPPED.length()), e.getValue());
      } else if (key.startsWith(OutcomeCounts.REMOVED)) {
        removed.put(key.substring(OutcomeCounts.REMOVED.length()), e.getValue());
      }
    }
    long rejected = rejects.values().stream().mapToLong(Long::longValue).sum();
    long skipped = skips.values().stream().mapToLong(Long::longValue).sum();
    long removedLines = removed.values().stream().mapToLong(Long::longValue).sum();
    return new Report(records + rejected + skipped, records, rejected, skipped, rejects, skips, removedLines, removed);
  }
}
