package dev.newsclean.pipeline;

import java.io.Serializable;

/**
 * What duplicate finding needs of one record: its id, the temp file it was written to (so a flag
 * can be joined back to it), the key of its exact words and its MinHash signature ({@link
 * dev.newsclean.clean.MinHash}).
 */
record Fingerprint(String id, String shard, String exactKey, int[] signature) implements Serializable {}
