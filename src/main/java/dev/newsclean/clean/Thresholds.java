package dev.newsclean.clean;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The line classifier's numbers, loaded from {@code classifier.json}. Lengths are in characters,
 * with CJK characters weighted by {@code cjkCharWeight}. {@code _doc} says what the file is; any
 * other unknown key fails to load.
 */
@JsonIgnoreProperties({"_doc"})
public record Thresholds(
    int lengthLow,
    int lengthHigh,
    double stopwordsLow,
    double stopwordsHigh,
    double maxLinkDensity,
    double cjkCharWeight,
    double fallbackPunctuationLow,
    int bodyGapChars,
    int bodyGapLines,
    double secondaryClusterShare,
    int headWindowLines) {}
