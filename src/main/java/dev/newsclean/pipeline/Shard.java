package dev.newsclean.pipeline;

import java.io.Serializable;

/**
 * A temporary output file one bundle wrote: its kind ({@code records}, {@code removed}, {@code
 * rejects}), where it is, and how many lines it holds.
 */
public record Shard(String kind, String path, long lines) implements Serializable {}
