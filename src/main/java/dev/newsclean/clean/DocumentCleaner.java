package dev.newsclean.clean;

import dev.newsclean.model.Article;
import dev.newsclean.model.Block;
import dev.newsclean.model.Cleaned;
import dev.newsclean.model.Document;
import dev.newsclean.model.Metadata;
import dev.newsclean.model.Reject;
import dev.newsclean.model.Removal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Cleans one document: normalises its blocks, runs the rule chain over them, and assembles the
 * article (kept blocks as paragraphs, metadata from the rules and the input's own hints) and the
 * log of removed lines. Holds no per-document state: one instance serves any number of documents,
 * from one thread at a time or many.
 */
public final class DocumentCleaner {

  private final RuleBook book;
  private final List<Rule> rules;
  private final TextNormalizer normalizer;
  private final LanguageGuesser languages;
  private final Function<String, String> detectLanguage;
  private final MetadataNormalizer metadata;

  public DocumentCleaner(RuleBook book, List<Rule> rules, TextNormalizer normalizer) {
    this(book, rules, normalizer, text -> null);
  }

  /**
   * A cleaner that asks {@code detectLanguage} (text to ISO 639-1 code, or null) for the language
   * of an article whose page declares none and whose words match no stop-word list.
   */
  public DocumentCleaner(
      RuleBook book,
      List<Rule> rules,
      TextNormalizer normalizer,
      Function<String, String> detectLanguage) {
    this.book = book;
    this.rules = List.copyOf(rules);
    this.normalizer = normalizer;
    this.languages = new LanguageGuesser(book);
    this.detectLanguage = detectLanguage;
    this.metadata = new MetadataNormalizer(new DateNormalizer(book.dates()), book.updateMarkers());
  }

  /** The default cleaner: the shipped rule book, {@link Rules#newsDefault}, typography kept. */
  public static DocumentCleaner newsDefault() {
    return news(false, text -> null);
  }

  /**
   * The shipped rule book and {@link Rules#newsDefault}, with the given typography and language
   * fallback.
   */
  public static DocumentCleaner news(
      boolean foldTypography, Function<String, String> detectLanguage) {
    RuleBook book = RuleBook.newsDefault();
    return new DocumentCleaner(
        book, Rules.newsDefault(book), new TextNormalizer(foldTypography), detectLanguage);
  }

  public Cleaned clean(Document doc) {
    return clean(doc, null);
  }

  /**
   * Cleans a document with what its site repeats on its other pages ({@code template} may be null).
   */
  public Cleaned clean(Document doc, SiteTemplate template) {
    Judged judged = judge(doc, template);
    return assemble(doc, judged.page(), judged.language());
  }

  /** Cleans a document and keeps every line's verdict: what {@code --explain} prints. */
  public Explanation explain(Document doc) {
    return explain(doc, null);
  }

  public Explanation explain(Document doc, SiteTemplate template) {
    Judged judged = judge(doc, template);
    return new Explanation(
        doc,
        judged.page().lines(),
        judged.language(),
        assemble(doc, judged.page(), judged.language()));
  }

  /** A page after the rule chain, with the language its stop words came from. */
  private record Judged(Page page, String language) {}

  /**
   * The hashes ({@link SiteLines#hash}) of the lines the cleaner will judge on this document: what
   * its site's template is learned from.
   */
  public java.util.Set<Long> lineHashes(Document doc) {
    java.util.Set<Long> hashes = new java.util.HashSet<>();
    for (Paragraphs.Numbered n : units(doc)) {
      if (!n.text().isEmpty()) {
        hashes.add(SiteLines.hash(n.text()));
      }
    }
    return hashes;
  }

  /**
   * The document's blocks normalised, and for plain text with wrapped lines joined into paragraphs.
   */
  private List<Paragraphs.Numbered> units(Document doc) {
    List<Paragraphs.Numbered> numbered = new ArrayList<>();
    for (Block block : doc.blocks()) {
      numbered.add(new Paragraphs.Numbered(normalizer.normalizeLine(block.text()), block.line()));
    }
    return "html".equals(doc.format()) ? numbered : Paragraphs.unwrap(numbered);
  }

  private Judged judge(Document doc, SiteTemplate template) {
    boolean plainText = !"html".equals(doc.format());
    List<Paragraphs.Numbered> numbered = units(doc);
    List<List<String>> tokens = new ArrayList<>(numbered.size());
    List<List<String>> nonEmpty = new ArrayList<>(numbered.size());
    for (Paragraphs.Numbered n : numbered) {
      List<String> lineTokens = LineFeatures.tokens(LineFeatures.sample(n.text()));
      tokens.add(lineTokens);
      if (!n.text().isEmpty()) {
        nonEmpty.add(lineTokens);
      }
    }
    // A language the page declares and the rule book knows is taken as it is; otherwise guessed.
    String declared = doc.hints().language() == null ? null : primary(doc.hints().language());
    String language =
        declared != null && !book.stopwords(declared).isEmpty()
            ? declared
            : languages.guessFromTokens(nonEmpty);
    if (language == null) {
      language = declared;
    }
    Set<String> stopwords = language == null ? Set.of() : book.stopwords(language);

    List<Line> lines = new ArrayList<>();
    for (int i = 0; i < numbered.size(); i++) {
      Paragraphs.Numbered n = numbered.get(i);
      if (n.text().isEmpty()) {
        continue;
      }
      // Plain text is never structured; HTML blocks are never re-wrapped, so indices match.
      Block block = plainText ? Block.line(n.text(), n.line()) : doc.blocks().get(i);
      LineFeatures features =
          LineFeatures.of(n.text(), tokens.get(i), stopwords, book.thresholds().cjkCharWeight());
      lines.add(
          new Line(lines.size(), n.line(), n.text(), block.kind(), block.linkDensity(), features));
    }

    Page page = new Page(lines, book, stopwords, plainText);
    page.found(doc.hints());
    page.template(template);
    for (Rule rule : rules) {
      rule.apply(page);
    }
    return new Judged(page, language);
  }

  private Cleaned assemble(Document doc, Page page, String language) {
    List<String> paragraphs = new ArrayList<>();
    for (Line line : page.kept()) {
      paragraphs.add(line.text());
    }
    String text = String.join("\n\n", paragraphs);
    String id = sha256(doc.source()).substring(0, 16);
    List<Removal> removed = new ArrayList<>();
    for (Line line : page.lines()) {
      if (line.removed()) {
        removed.add(
            new Removal(
                id,
                doc.source(),
                line.sourceLine(),
                line.removedBy(),
                line.text(),
                line.evidence()));
      }
    }
    if (text.isBlank()) {
      return Cleaned.rejected(
          Reject.of(
              doc.source(),
              Reject.Reason.NO_TEXT,
              "no article text left after cleaning " + doc.linesIn() + " lines"),
          removed);
    }
    String pageDate = page.shownDate();
    if (pageDate == null) {
      pageDate = NearStartDate.of(page).orElse(null);
    }
    Metadata meta = metadata.normalize(page.found(), pageDate);
    if (meta.language() == null) {
      meta = meta.withLanguage(language != null ? language : detectLanguage.apply(text));
    }
    Article article =
        new Article(
            id,
            doc.source(),
            meta.title(),
            text,
            meta.authors(),
            meta.published(),
            meta.site(),
            meta.url(),
            meta.fetched(),
            meta.language(),
            meta.description(),
            meta.credit(),
            sha256(text),
            text.codePointCount(0, text.length()),
            countWords(text),
            paragraphs.size(),
            doc.linesIn(),
            removed.size(),
            null,
            null);
    return Cleaned.of(article, removed);
  }

  private static String primary(String languageTag) {
    int dash = languageTag.indexOf('-');
    return (dash > 0 ? languageTag.substring(0, dash) : languageTag)
        .toLowerCase(java.util.Locale.ROOT);
  }

  static int countWords(String text) {
    int words = 0;
    boolean in = false;
    for (int i = 0; i < text.length(); i++) {
      boolean space = Character.isWhitespace(text.charAt(i));
      if (!space && !in) {
        words++;
      }
      in = !space;
    }
    return words;
  }

  static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by the Java platform", e);
    }
  }
}
