package dev.newsclean.pipeline;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * A name for what a step's temp file holds, from the keys of the elements that went into it: the
 * same elements give the same name on every attempt, in any order. A runner that computes a step
 * again (Spark recomputes a lost or evicted partition from its lineage) then writes the files its
 * first attempt wrote, under the same names, and every consumer of their names agrees: a record's
 * {@link Fingerprint} points at the file that holds it whichever attempt each consumer saw.
 *
 * <p>The key is the sum of each element key's SHA-256 (its first 128 bits), so it needs no memory
 * for the keys and no order.
 */
final class ContentKey {

  private long high;
  private long low;
  private long count;

  /** Adds one element's key. */
  void add(String key) {
    ByteBuffer digest = ByteBuffer.wrap(sha256(key));
    high += digest.getLong();
    low += digest.getLong();
    count++;
  }

  /** Whether no key was added. */
  boolean isEmpty() {
    return count == 0;
  }

  /** 32 hex digits. */
  String value() {
    return String.format("%016x%016x", high, low);
  }

  /** The key of one element. */
  static String of(String key) {
    ContentKey k = new ContentKey();
    k.add(key);
    return k.value();
  }

  private static byte[] sha256(String key) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
