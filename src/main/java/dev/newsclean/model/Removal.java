package dev.newsclean.model;

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
 */
@JsonPropertyOrder({"id", "source", "line", "rule", "text"})
public record Removal(String id, String source, int line, String rule, String text) implements Serializable {}
