package dev.newsclean.clean;

/**
 * The 64-bit hashing the line fingerprints ({@link SiteLines}) and duplicate fingerprints ({@link
 * MinHash}) share: FNV-1a, one value at a time, and SplitMix64's finaliser to spread its bits.
 * Stable across runs and JVMs (the state folder stores these values).
 */
final class Hashes {

  static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;

  private Hashes() {}

  /** One FNV-1a step: {@code value} folded into {@code h}. */
  static long fnv(long h, long value) {
    return (h ^ value) * FNV_PRIME;
  }

  /** FNV-1a steps over a word's characters. */
  static long fnv(long h, String word) {
    for (int i = 0; i < word.length(); i++) {
      h = fnv(h, word.charAt(i));
    }
    return h;
  }

  /** SplitMix64's finaliser. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
