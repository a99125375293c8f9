package dev.newsclean.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.io.Serializable;

/**
 * One line (or block) taken out of an article, and why.
 *
 * @param id the id of the article it was taken from
 * @param source the input it came from
 * @param line its 1-based line (or block) number in that input
 * @param rule the stable id of the rule that removed it
 * @param text the removed text
 * @param evidence what the rule saw, when it says more than its id (omitted when null)
 */
@JsonPropertyOrder({"id", "source", "line", "rule", "text", "evidence"})
public record Removal(
    String id,
    String source,
    int line,
    String rule,
    String text,
    @JsonInclude(JsonInclude.Include.NON_NULL) String evidence)
    implements Serializable {

  public Removal(String id, String source, int line, String rule, String text) {
    this(id, source, line, rule, text, null);
  }
}
