package dev.newsclean.pipeline;

import dev.newsclean.model.Article;
import dev.newsclean.model.Reject;
import dev.newsclean.model.Removal;
import java.io.Serializable;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What one bundle did, and, merged, what the run did: records, rejects by reason, skips by kind,
 * removed lines by rule, documents by format, records by site, a histogram of the share of each
 * page removed, and a few examples of each reject reason and removal rule. The examples are chosen
 * by a hash of their text, so the merged sample is the same whatever the order of merging (and on
 * every runner). Not thread-safe: one bundle fills one instance.
 */
public final class OutcomeCounts implements Serializable {

  /** Examples kept per reject reason and per removal rule. */
  static final int EXAMPLES = 3;

  /** Buckets of the removed-share histogram: 0-10%, 10-20%, ... 90-100%. */
  static final int SHARE_BUCKETS = 10;

  private static final int EXAMPLE_CHARS = 200;
  static final String NO_SITE = "(none)";

  long records;

  /**
   * Inputs the previous run's state lists, and how many of them are inputs of this run too: the
   * rest are gone.
   */
  long priorInputs;

  long priorPresent;
  final TreeMap<String, Long> rejects = new TreeMap<>();
  final TreeMap<String, Long> skips = new TreeMap<>();
  final TreeMap<String, Long> removed = new TreeMap<>();
  final TreeMap<String, Long> formats = new TreeMap<>();
  final TreeMap<String, Long> sites = new TreeMap<>();
  final TreeMap<String, Long> templateLines = new TreeMap<>();
  final TreeMap<String, Long> duplicates = new TreeMap<>();
  final long[] removedShare = new long[SHARE_BUCKETS];
  final TreeMap<String, TreeSet<Example>> rejectExamples = new TreeMap<>();
  final TreeMap<String, TreeSet<Example>> removedExamples = new TreeMap<>();

  /**
   * Whether a step's bundle processed anything into these counts (not encoded: set and read within
   * the bundle).
   */
  transient boolean touched;

  /** Characters removed so far from the document being cleaned (its removals come before it). */
  private transient String pendingId;

  private transient long pendingChars;

  /**
   * One example, ordered by a hash of its text and then the text: a sample that does not depend on
   * arrival order.
   */
  record Example(int hash, String text) implements Comparable<Example>, Serializable {
    static Example of(String text) {
      String shown =
          text.length() <= EXAMPLE_CHARS ? text : text.substring(0, EXAMPLE_CHARS - 1) + "…";
      return new Example(shown.hashCode(), shown);
    }

    @Override
    public int compareTo(Example o) {
      int byHash = Integer.compare(hash, o.hash);
      return byHash != 0 ? byHash : text.compareTo(o.text);
    }
  }

  /**
   * Sends a bundle's counts on, unless it processed nothing: a runner may end a bundle of a step
   * whose side input is not ready yet without processing its elements (the DirectRunner does so
   * again and again while it waits), and the report's grouping should not get an empty value for
   * each such bundle.
   */
  static void emit(
      org.apache.beam.sdk.transforms.DoFn<?, ?>.FinishBundleContext context, OutcomeCounts counts) {
    if (counts.touched) {
      context.output(
          CleanFiles.COUNTS,
          counts,
          org.apache.beam.sdk.transforms.windowing.GlobalWindow.INSTANCE.maxTimestamp(),
          org.apache.beam.sdk.transforms.windowing.GlobalWindow.INSTANCE);
    }
  }

  void document(String format) {
    formats.merge(format, 1L, Long::sum);
  }

  void article(Article article) {
    carriedArticle(article);
    long removedChars = article.id().equals(pendingId) ? pendingChars : 0;
    removedShare[shareBucket(removedChars, article.chars())]++;
    pendingId = null;
  }

  /**
   * The bucket of the removed-share histogram for a record that lost {@code removedChars} and kept
   * {@code keptChars}.
   */
  static int shareBucket(long removedChars, long keptChars) {
    double share = removedChars / (double) Math.max(1, removedChars + keptChars);
    return Math.min(SHARE_BUCKETS - 1, (int) (share * SHARE_BUCKETS));
  }

  /**
   * A record carried over from the previous run: counted as one, its share of removed text comes
   * with its document ({@link #carriedDocument}).
   */
  void carriedArticle(Article article) {
    carriedRecord(article.site());
  }

  /**
   * A record of {@code site} (null when the page names none) carried over from the previous run.
   */
  void carriedRecord(String site) {
    records++;
    sites.merge(site == null ? NO_SITE : site, 1L, Long::sum);
  }

  /** A document carried over from the previous run, as its state entry describes it. */
  void carriedDocument(String format, Integer share, String site, Integer templateLines) {
    document(format);
    if (share != null) {
      removedShare[share]++;
    }
    if (templateLines != null && templateLines > 0) {
      this.templateLines.merge(site, templateLines.longValue(), Long::sum);
    }
  }

  void removed(Removal removal) {
    carriedRemoval(removal.rule(), removal.text());
    if (!removal.id().equals(pendingId)) {
      pendingId = removal.id();
      pendingChars = 0;
    }
    pendingChars += removal.text().length();
  }

  /** A removed line, counted with its rule (and perhaps kept as an example). */
  void carriedRemoval(String rule, String text) {
    removed.merge(rule, 1L, Long::sum);
    example(removedExamples, rule, text);
  }

  void rejected(Reject reject) {
    rejects.merge(reject.reason(), 1L, Long::sum);
    example(rejectExamples, reject.reason(), reject.source() + ": " + reject.detail());
    pendingId = null;
  }

  /** Counts the lines of one record that its site's template removed, under the site's key. */
  void templateLines(String site, java.util.List<Removal> removals) {
    long n = templateLineCount(removals);
    if (n > 0) {
      templateLines.merge(site, n, Long::sum);
    }
  }

  static int templateLineCount(java.util.List<Removal> removals) {
    return (int)
        removals.stream()
            .filter(r -> r.rule().equals(dev.newsclean.clean.rules.SiteTemplateRule.ID))
            .count();
  }

  /** Inputs of the previous run that this run no longer has. */
  long gone() {
    return Math.max(0, priorInputs - priorPresent);
  }

  /**
   * The count of one record flagged as a duplicate of {@code kind} ({@code exact} or {@code near}).
   */
  static OutcomeCounts duplicate(String kind) {
    OutcomeCounts c = new OutcomeCounts();
    c.duplicates.put(kind, 1L);
    return c;
  }

  void skipped(String kind) {
    skips.merge(kind, 1L, Long::sum);
  }

  long rejected() {
    return rejects.values().stream().mapToLong(Long::longValue).sum();
  }

  /** Adds {@code other}'s counts and examples into this one. */
  OutcomeCounts merge(OutcomeCounts other) {
    records += other.records;
    priorInputs += other.priorInputs;
    priorPresent += other.priorPresent;
    add(rejects, other.rejects);
    add(skips, other.skips);
    add(removed, other.removed);
    add(formats, other.formats);
    add(sites, other.sites);
    add(templateLines, other.templateLines);
    add(duplicates, other.duplicates);
    for (int i = 0; i < SHARE_BUCKETS; i++) {
      removedShare[i] += other.removedShare[i];
    }
    other.rejectExamples.forEach((k, v) -> v.forEach(e -> example(rejectExamples, k, e)));
    other.removedExamples.forEach((k, v) -> v.forEach(e -> example(removedExamples, k, e)));
    return this;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof OutcomeCounts other
        && records == other.records
        && priorInputs == other.priorInputs
        && priorPresent == other.priorPresent
        && rejects.equals(other.rejects)
        && skips.equals(other.skips)
        && removed.equals(other.removed)
        && formats.equals(other.formats)
        && sites.equals(other.sites)
        && templateLines.equals(other.templateLines)
        && duplicates.equals(other.duplicates)
        && java.util.Arrays.equals(removedShare, other.removedShare)
        && rejectExamples.equals(other.rejectExamples)
        && removedExamples.equals(other.removedExamples);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(
        records, rejects, skips, removed, formats, sites, java.util.Arrays.hashCode(removedShare));
  }

  private static void add(Map<String, Long> into, Map<String, Long> from) {
    from.forEach((k, v) -> into.merge(k, v, Long::sum));
  }

  private static void example(TreeMap<String, TreeSet<Example>> examples, String key, String text) {
    example(examples, key, Example.of(text));
  }

  private static void example(
      TreeMap<String, TreeSet<Example>> examples, String key, Example example) {
    TreeSet<Example> kept = examples.computeIfAbsent(key, k -> new TreeSet<>());
    kept.add(example);
    if (kept.size() > EXAMPLES) {
      kept.pollLast();
    }
  }
}
