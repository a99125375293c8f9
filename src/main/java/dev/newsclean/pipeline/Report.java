package dev.newsclean.pipeline;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** {@code report.json}: what a run did with every input (docs/schema.md). */
@JsonPropertyOrder({
  "inputs",
  "records",
  "rejected",
  "skipped",
  "gone",
  "rejects_by_reason",
  "skipped_by_kind",
  "removed_lines",
  "removed_by_rule",
  "documents_by_format",
  "records_by_site",
  "template_lines_by_site",
  "duplicates",
  "removed_share",
  "examples"
})
public record Report(
    long inputs,
    long records,
    long rejected,
    long skipped,
    /**
     * Inputs the previous run (its state) had that this run's input folder no longer holds: their
     * records are gone from the output.
     */
    long gone,
    @JsonProperty("rejects_by_reason") Map<String, Long> rejectsByReason,
    @JsonProperty("skipped_by_kind") Map<String, Long> skippedByKind,
    @JsonProperty("removed_lines") long removedLines,
    @JsonProperty("removed_by_rule") Map<String, Long> removedByRule,
    @JsonProperty("documents_by_format") Map<String, Long> documentsByFormat,
    @JsonProperty("records_by_site") Map<String, Long> recordsBySite,
    @JsonProperty("template_lines_by_site") Map<String, Long> templateLinesBySite,
    /** Records flagged as duplicates, by kind ({@code exact}, {@code near}). */
    Map<String, Long> duplicates,
    @JsonProperty("removed_share") List<Long> removedShare,
    Examples examples)
    implements Serializable {

  /** A few examples of each reject reason and removal rule. */
  public record Examples(Map<String, List<String>> rejects, Map<String, List<String>> removed)
      implements Serializable {}

  static Report of(OutcomeCounts c) {
    long rejected = c.rejected();
    long skipped = c.skips.values().stream().mapToLong(Long::longValue).sum();
    long removedLines = c.removed.values().stream().mapToLong(Long::longValue).sum();
    return new Report(
        c.records + rejected + skipped,
        c.records,
        rejected,
        skipped,
        c.gone(),
        c.rejects,
        c.skips,
        removedLines,
        c.removed,
        c.formats,
        c.sites,
        c.templateLines,
        c.duplicates,
        java.util.Arrays.stream(c.removedShare).boxed().toList(),
        new Examples(texts(c.rejectExamples), texts(c.removedExamples)));
  }

  private static Map<String, List<String>> texts(
      Map<String, ? extends java.util.Collection<OutcomeCounts.Example>> examples) {
    TreeMap<String, List<String>> out = new TreeMap<>();
    examples.forEach((k, v) -> out.put(k, v.stream().map(OutcomeCounts.Example::text).toList()));
    return out;
  }
}
