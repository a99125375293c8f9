package dev.newsclean.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Fingerprints of a record's text for finding duplicates, as datatrove and text-dedup do: the exact
 * key is a hash of the text's words (lower case, punctuation and spacing ignored); the MinHash
 * signature takes, for each of {@link #HASHES} hash functions, the least hash over the text's
 * four-word shingles ({@link #shingles}), so two texts agree on a signature position with
 * probability equal to the Jaccard similarity of their shingle sets. The signature is cut into
 * {@link #BANDS} bands of {@link #ROWS}: texts that agree on a whole band are candidates (at
 * Jaccard 0.8, a pair is a candidate with probability 0.998; at 0.5, 0.27; at 0.3, 0.015), and a
 * candidate pair is a near duplicate when the Jaccard similarity of its shingle sets, computed from
 * their {@link #sketch}es (exact up to {@link #SKETCH} shingles, as text-dedup verifies its
 * candidates), is at least {@link #THRESHOLD}: the estimate from 120 positions alone is off by
 * 0.04, which misses a copy with 2% of its words corrected (about 0.82) as often as it takes a text
 * with every paragraph changed (0.7). Stateless; thread-safe.
 */
public final class MinHash {

  public static final int BANDS = 20;
  public static final int ROWS = 6;
  public static final int HASHES = BANDS * ROWS;
  public static final int SHINGLE = 4;

  /** The Jaccard similarity from which two texts are near duplicates. */
  public static final double THRESHOLD = 0.8;

  /** The shingles of a text kept for {@link #jaccard}. */
  public static final int SKETCH = 1024;

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
    return signature(shingles(words));
  }

  /** The signature of a text's {@link #shingles}. */
  public static int[] signature(long[] shingles) {
    int[] sig = new int[HASHES];
    java.util.Arrays.fill(sig, Integer.MAX_VALUE);
    for (long h : shingles) {
      for (int i = 0; i < HASHES; i++) {
        int v = (int) (Hashes.mix(h ^ SEEDS[i]) >>> 33);
        if (v < sig[i]) {
          sig[i] = v;
        }
      }
    }
    return sig;
  }

  /**
   * One hash per shingle of {@link #SHINGLE} words, in text order (a short text is one). A shingle
   * seen again is hashed with the number of its occurrence, so the sets compared are of shingle
   * occurrences: a templated text whose every paragraph repeats the same phrases is as similar to
   * another as the share of its words they share, not more.
   */
  public static long[] shingles(List<String> words) {
    int count = Math.max(1, words.size() - SHINGLE + 1);
    long[] out = new long[count];
    java.util.Map<Long, Integer> seen = new java.util.HashMap<>();
    for (int s = 0; s < count; s++) {
      long h = Hashes.FNV_OFFSET;
      for (int k = s; k < Math.min(words.size(), s + SHINGLE); k++) {
        h = Hashes.fnv(Hashes.fnv(h, words.get(k)), ' ');
      }
      int before = seen.merge(h, 1, Integer::sum) - 1;
      out[s] = before == 0 ? h : Hashes.fnv(h, before);
    }
    return out;
  }

  /**
   * The text's shingle set for {@link #jaccard}: the {@link #SKETCH} least of its shingles' hashes,
   * sorted (every shingle of a text of up to {@code SKETCH} distinct shingles, so the similarity of
   * two such texts is exact; a bottom-k sketch of a longer one).
   */
  public static int[] sketch(List<String> words) {
    return sketch(shingles(words));
  }

  /** The sketch of a text's {@link #shingles}. */
  public static int[] sketch(long[] shingles) {
    return java.util.Arrays.stream(shingles)
        .mapToInt(h -> (int) (Hashes.mix(h) >>> 33))
        .sorted()
        .distinct()
        .limit(SKETCH)
        .toArray();
  }

  /**
   * The Jaccard similarity of two texts' shingle sets from their {@link #sketch}es: of the least
   * {@code k} hashes of the union ({@code k} the smaller of {@link #SKETCH} and the union's size),
   * the share both texts hold. Exact for texts of up to {@code SKETCH} shingles; within about 0.015
   * for longer ones.
   */
  public static double jaccard(int[] a, int[] b) {
    int i = 0;
    int j = 0;
    int taken = 0;
    int both = 0;
    while (taken < SKETCH && (i < a.length || j < b.length)) {
      if (j == b.length || (i < a.length && a[i] < b[j])) {
        i++;
      } else if (i == a.length || b[j] < a[i]) {
        j++;
      } else {
        both++;
        i++;
        j++;
      }
      taken++;
    }
    return taken == 0 ? 0 : both / (double) taken;
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
