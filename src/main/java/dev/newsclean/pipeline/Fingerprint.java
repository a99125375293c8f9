package dev.newsclean.pipeline;

import java.io.Serializable;

/**
 * What duplicate finding needs of one record: its id, the temp file it was written to (so a flag
 * can be joined back to it), the key of its exact words and its MinHash signature ({@link
 * dev.newsclean.clean.MinHash}), and the run its input was first read in (the earliest is the
 * canonical copy).
 */
record Fingerprint(String id, String shard, String exactKey, int[] signature, long since)
    implements Serializable {

  // By value, signature included: runners compare elements (the DirectRunner's mutation checks).
  @Override
  public boolean equals(Object o) {
    return o instanceof Fingerprint f
        && id.equals(f.id)
        && shard.equals(f.shard)
        && exactKey.equals(f.exactKey)
        && java.util.Arrays.equals(signature, f.signature)
        && since == f.since;
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(id, shard, exactKey) * 31 + java.util.Arrays.hashCode(signature);
  }
}
