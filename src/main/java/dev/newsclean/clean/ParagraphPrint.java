package dev.newsclean.clean;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The paragraphs of a record's text, for finding a later version of an article: one that replaced,
 * added or dropped a paragraph shares most of its paragraphs word for word, although a replaced
 * paragraph of a short article takes its shingle similarity ({@link MinHash}) far below the
 * threshold. Each paragraph of at least {@link #MIN_WORDS} words (shorter ones, datelines and "Read
 * more" lines, say nothing) is one value: a hash of its words ({@link MinHash#words}) in the high
 * bits, its word count in the low {@link #COUNT_BITS}. Two texts are versions of one article when
 * the paragraphs they share hold {@link #SHARED} of the longer one's paragraph words (and each has
 * {@link #MIN_PARAGRAPHS}): a short text quoted inside a long one is not. Stateless.
 */
public final class ParagraphPrint {

  /** Paragraphs shorter than this are not compared. */
  public static final int MIN_WORDS = 8;

  /** The longest paragraphs kept per text, so that a long live page has a bounded print. */
  public static final int MAX_PARAGRAPHS = 60;

  /** The share of the longer text's paragraph words the two must share. */
  public static final double SHARED = 0.7;

  /** Paragraphs each print must hold to be compared: a text of one or two says too little. */
  public static final int MIN_PARAGRAPHS = 3;

  static final int COUNT_BITS = 16;
  private static final long COUNT_MASK = (1L << COUNT_BITS) - 1;

  private ParagraphPrint() {}

  /** The text's print: its paragraphs' values, sorted, each once. */
  public static long[] of(String text) {
    List<Long> values = new ArrayList<>();
    for (String paragraph : text.split("\n\\s*\n")) {
      List<String> words = MinHash.words(paragraph);
      if (words.size() < MIN_WORDS) {
        continue;
      }
      long h = Hashes.FNV_OFFSET;
      for (String w : words) {
        h = Hashes.fnv(Hashes.fnv(h, w), ' ');
      }
      values.add((Hashes.mix(h) & ~COUNT_MASK) | Math.min(words.size(), COUNT_MASK));
    }
    values.sort((a, b) -> Long.compare(words(b), words(a)));
    long[] print =
        values.stream()
            .limit(MAX_PARAGRAPHS)
            .mapToLong(Long::longValue)
            .sorted()
            .distinct()
            .toArray();
    return print;
  }

  /** One key per paragraph, for grouping texts that share it. */
  public static List<String> keys(long[] print) {
    List<String> keys = new ArrayList<>(print.length);
    for (long value : print) {
      keys.add("p:" + Long.toHexString(value));
    }
    return keys;
  }

  /** The words of the paragraphs both share, as a share of the longer print's words. */
  public static double shared(long[] a, long[] b) {
    long total = Math.max(total(a), total(b));
    if (total == 0) {
      return 0;
    }
    long common = 0;
    for (long value : a) {
      if (Arrays.binarySearch(b, value) >= 0) {
        common += words(value);
      }
    }
    return common / (double) total;
  }

  /** Whether two prints are of versions of one article. */
  public static boolean versions(long[] a, long[] b) {
    return a.length >= MIN_PARAGRAPHS && b.length >= MIN_PARAGRAPHS && shared(a, b) >= SHARED;
  }

  private static long total(long[] print) {
    long total = 0;
    for (long value : print) {
      total += words(value);
    }
    return total;
  }

  private static long words(long value) {
    return value & COUNT_MASK;
  }
}
