package dev.newsclean.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Fingerprints of a record's text for finding duplicates, as datatrove and text-dedup do: the exact
 * key is a hash of the text's words (lower case, punctuation and spacing ignored); the MinHash
 * signature takes, for each of {@link #HASHES} hash functions, the least hash over the text's
 * five-word shingles, so two texts agree on a signature position with probability equal to the
 * Jaccard similarity of their shingle sets. The signature is cut into {@link #BANDS} bands of
 * {@link #ROWS}: texts that agree on a whole band are candidates (at Jaccard 0.8, a pair is a
 * candidate with probability 0.92; at 0.5, 0.05), and a candidate pair is a near duplicate when its
 * signatures agree on {@link #THRESHOLD} of positions. Stateless; thread-safe.
 */
public final class MinHash {

  public static final int BANDS = 14;
  public static final int ROWS = 8;
  public static final int HASHES = BANDS * ROWS;
  public static final int SHINGLE = 5;

  /** Estimated Jaccard similarity from which two texts are near duplicates. */
  public static final double THRESHOLD = 0.8;

  private static final long[] SEEDS = new long[HASHES];

  static {
    long x = 0x9E3779B97F4A7C15L;
    for (int i = 0; i < HASHES; i++) {
      x += 0x9E3779B97F4A7C15L;
      SEEDS[i] = Hashes.mix(x);
    }
  }

  private MinHash() {}

  /**
   * The text's words, lower case, letters and digits only: what both fingerprints are computed
   * from.
   */
  public static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }

  /** A hex key equal for two texts with the same words in the same order. */
  public static String exactKey(String text) {
    return exactKey(words(text));
  }

  /** {@link #exactKey(String)} of the text's {@link #words}. */
  public static String exactKey(List<String> words) {
    long h = Hashes.FNV_OFFSET;
    for (String w : words) {
      h = Hashes.fnv(Hashes.fnv(h, w), ' ');
    }
    return Long.toHexString(Hashes.mix(h));
  }

  /**
   * The signature: {@link #HASHES} least hashes over the text's shingles (a text shorter than a
   * shingle is one).
   */
  public static int[] signature(String text) {
    return signature(words(text));
  }

  /** {@link #signature(String)} of the text's {@link #words}. */
  public static int[] signature(List<String> words) {
    int[] sig = new int[HASHES];
    java.util.Arrays.fill(sig, Integer.MAX_VALUE);
    int shingles = Math.max(1, words.size() - SHINGLE + 1);
    for (int s = 0; s < shingles; s++) {
      long h = Hashes.FNV_OFFSET;
      for (int k = s; k < Math.min(words.size(), s + SHINGLE); k++) {
        h = Hashes.fnv(Hashes.fnv(h, words.get(k)), ' ');
      }
      for (int i = 0; i < HASHES; i++) {
        int v = (int) (Hashes.mix(h ^ SEEDS[i]) >>> 33);
        if (v < sig[i]) {
          sig[i] = v;
        }
      }
    }
    return sig;
  }

  /** One key per band: the band's number and a hash of its rows. */
  public static List<String> bandKeys(int[] sig) {
    List<String> keys = new ArrayList<>(BANDS);
    for (int b = 0; b < BANDS; b++) {
      long h = Hashes.FNV_OFFSET;
      for (int r = 0; r < ROWS; r++) {
        h = Hashes.fnv(h, sig[b * ROWS + r]);
      }
      keys.add(b + ":" + Long.toHexString(Hashes.mix(h)));
    }
    return keys;
  }

  /**
   * The share of signature positions on which two texts agree: an estimate of their Jaccard
   * similarity.
   */
  public static double similarity(int[] a, int[] b) {
    int same = 0;
    for (int i = 0; i < HASHES; i++) {
      if (a[i] == b[i]) {
        same++;
      }
    }
    return same / (double) HASHES;
  }
}
