package dev.newsclean.pipeline;

import java.io.Serializable;

/**
 * What the previous run knew of an input: the hash of its bytes, the code that cleaned it, the run
 * it was first read in.
 */
record PriorInput(String hash, String code, long since) implements Serializable {}
