package dev.newsclean.clean;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one site's pages repeat: how many pages were seen, and on how many of them each line
 * (normalised and hashed with {@link #hash}) appeared. Mergeable, so it can be summed per site by a
 * combiner across bundles and runs. Bounded: beyond {@link #MAX_LINES} distinct lines the rarest
 * are dropped (a template line is on a large share of pages, so it is among the most frequent long
 * before it matters). {@link #aged} halves the counts of an earlier run so a redesign is learned
 * again.
 */
public final class SiteLines implements Serializable {

  /** Distinct lines kept per site; pruned back to this when twice as many are held. */
  public static final int MAX_LINES = 20_000;

  private double pages;
  private final HashMap<Long, Double> counts;

  public SiteLines() {
    this(0, new HashMap<>());
  }

  private SiteLines(double pages, HashMap<Long, Double> counts) {
    this.pages = pages;
    this.counts = counts;
  }

  /** A site's counts as stored in the state folder. */
  public static SiteLines of(double pages, Map<Long, Double> counts) {
    return new SiteLines(pages, new HashMap<>(counts));
  }

  /**
   * A stable 64-bit hash of the form a line is compared in across pages (lower case, every digit as
   * 0, each run of other characters as one space, none at the ends), computed without building that
   * form: FNV-1a over its characters, then the SplitMix64 finaliser to spread the bits. 0 for a
   * line with no letters or digits.
   */
  public static long hash(String line) {
    long h = Hashes.FNV_OFFSET;
    boolean any = false;
    boolean space = false;
    for (int i = 0; i < line.length(); ) {
      int c = line.codePointAt(i);
      i += Character.charCount(c);
      int k;
      if (Character.isDigit(c)) {
        k = '0';
      } else if (Character.isLetter(c)) {
        k = Character.toLowerCase(c);
      } else {
        space = any;
        continue;
      }
      if (space) {
        h = Hashes.fnv(h, ' ');
        space = false;
      }
      h = Hashes.fnv(h, k);
      any = true;
    }
    if (!any) {
      return 0;
    }
    long z = Hashes.mix(h);
    return z == 0 ? 1 : z;
  }

  /** Counts one page, given the hashes of its lines (each counted once). */
  public SiteLines addPage(Set<Long> lineHashes) {
    pages++;
    for (long h : lineHashes) {
      if (h != 0) {
        counts.merge(h, 1.0, Double::sum);
      }
    }
    prune();
    return this;
  }

  public SiteLines merge(SiteLines other) {
    pages += other.pages;
    other.counts.forEach((h, n) -> counts.merge(h, n, Double::sum));
    prune();
    return this;
  }

  /**
   * These counts with the sign turned: merged into a sum, they take these pages out of it again.
   */
  public SiteLines negated() {
    HashMap<Long, Double> negative = new HashMap<>();
    counts.forEach((h, n) -> negative.put(h, -n));
    return new SiteLines(-pages, negative);
  }

  /**
   * This run's counts as the next run sees them: halved, and lines seen on under one page dropped.
   */
  public SiteLines aged() {
    HashMap<Long, Double> halved = new HashMap<>();
    counts.forEach(
        (h, n) -> {
          if (n / 2 >= 1) {
            halved.put(h, n / 2);
          }
        });
    return new SiteLines(Math.max(0, pages) / 2, halved);
  }

  public double pages() {
    return pages;
  }

  public double count(long hash) {
    return counts.getOrDefault(hash, 0.0);
  }

  public Map<Long, Double> counts() {
    return java.util.Collections.unmodifiableMap(counts);
  }

  /**
   * The lines seen on enough pages to be judged: what the cleaning side input needs of this site.
   */
  public SiteTemplate template(String site) {
    HashMap<Long, Double> frequent = new HashMap<>();
    double least = Math.max(SiteTemplate.MIN_LINE_PAGES, SiteTemplate.MIN_SHARE * pages);
    counts.forEach(
        (h, n) -> {
          if (n >= least) {
            frequent.put(h, n);
          }
        });
    return new SiteTemplate(site, pages, frequent);
  }

  private void prune() {
    if (counts.size() <= 2 * MAX_LINES) {
      return;
    }
    List<Map.Entry<Long, Double>> entries = new ArrayList<>(counts.entrySet());
    entries.sort(
        Map.Entry.<Long, Double>comparingByValue()
            .reversed()
            .thenComparing(Map.Entry.comparingByKey()));
    counts.clear();
    for (Map.Entry<Long, Double> e : entries.subList(0, MAX_LINES)) {
      counts.put(e.getKey(), e.getValue());
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SiteLines other && pages == other.pages && counts.equals(other.counts);
  }

  @Override
  public int hashCode() {
    return Double.hashCode(pages) * 31 + counts.hashCode();
  }
}
