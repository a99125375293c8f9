package dev.newsclean.pipeline;

import dev.newsclean.model.Document;

/**
 * A document between extraction and cleaning, with its site ({@link SiteKey}), the input it came
 * from and the run that input was first read in, and the hashes of its lines ({@link
 * InputEntry#encode}; null without a site); one JSON line in a temp file.
 */
record SiteDocument(String site, String input, long since, String lines, Document document) {}
