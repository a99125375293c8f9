package dev.newsclean.pipeline;

import dev.newsclean.clean.MinHash;
import dev.newsclean.clean.ParagraphPrint;
import java.io.Serializable;

/**
 * What duplicate finding needs of one record: its id, the temp file it was written to (so a flag
 * can be joined back to it), the key of its exact words, its MinHash signature ({@link MinHash})
 * and its paragraphs ({@link ParagraphPrint}), and the run its input was first read in (the
 * earliest is the canonical copy).
 */
record Fingerprint(
    String id,
    String shard,
    String exactKey,
    int[] signature,
    int[] sketch,
    long[] paragraphs,
    long since)
    implements Serializable {

  /** The fingerprint of a record with {@code text}, written to {@code shard}. */
  static Fingerprint of(String id, String shard, String text, long since) {
    java.util.List<String> words = MinHash.words(text);
    long[] shingles = MinHash.shingles(words);
    return new Fingerprint(
        id,
        shard,
        MinHash.exactKey(words),
        MinHash.signature(shingles),
        MinHash.sketch(shingles),
        ParagraphPrint.of(text),
        since);
  }

  // By value, signature included: runners compare elements (the DirectRunner's mutation checks).
  @Override
  public boolean equals(Object o) {
    return o instanceof Fingerprint f
        && id.equals(f.id)
        && shard.equals(f.shard)
        && exactKey.equals(f.exactKey)
        && java.util.Arrays.equals(signature, f.signature)
        && java.util.Arrays.equals(sketch, f.sketch)
        && java.util.Arrays.equals(paragraphs, f.paragraphs)
        && since == f.since;
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(id, shard, exactKey) * 31 + java.util.Arrays.hashCode(signature);
  }
}
