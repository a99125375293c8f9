package dev.newsclean.pipeline;

import dev.newsclean.model.Document;

/** A document between extraction and cleaning, with its site ({@link SiteKey}); one JSON line in a temp file. */
record SiteDocument(String site, Document document) {}
