package dev.newsclean.extract.html;

import dev.newsclean.extract.TextDecoder;
import dev.newsclean.model.Block;
import dev.newsclean.model.Document;
import dev.newsclean.model.Metadata;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;

/**
 * An HTML page as a document: decodes the bytes (byte-order mark, strict UTF-8, the page's own
 * {@code <meta charset>}, then detection), parses with jsoup, reads the page's metadata, finds the
 * article's container and writes it as blocks. The blocks then go through the same cleaning rules
 * as plain text. Reusable from one thread at a time.
 */
public final class HtmlExtractor {

  private static final int MIN_ARTICLE_BODY = 200;
  private static final int CROSS_CHECK_CHARS = 60;

  /** A container with less text than this is looked for again with relaxed rules. */
  private static final int RETRY_BELOW_CHARS = 500;

  private static final Pattern DTD_SUBSET = Pattern.compile("<!DOCTYPE[^\\[>]*\\[[^\\]]*\\]\\s*>");
  private static final Pattern META_CHARSET =
      Pattern.compile("(?i)<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9_.:-]+)");

  private final TextDecoder decoder = new TextDecoder();
  private final HtmlMetadata metadata = new HtmlMetadata();
  private final MainContent content = new MainContent();

  /**
   * Extracts the article from raw page bytes, with what a container record knew about it ({@link
   * Metadata#EMPTY} when nothing); the hints' URL resolves relative links.
   */
  public Document extract(String source, byte[] bytes, Metadata hints) {
    return extract(source, bytes, hints, null);
  }

  /**
   * As above, with the charset an HTTP header declared (null when none); the page's own meta tag
   * wins.
   */
  public Document extract(String source, byte[] bytes, Metadata hints, Charset httpCharset) {
    Charset meta = declaredCharset(bytes);
    String html = decoder.decode(bytes, meta != null ? meta : httpCharset).text();
    return extract(source, html, hints.url(), hints);
  }

  /** Extracts the article from decoded HTML; {@code hints} (from a container record) fill gaps. */
  public Document extract(String source, String html, String url, Metadata hints) {
    String page = withoutDtdSubset(html);
    org.jsoup.nodes.Document doc = parse(page, url);
    HtmlMetadata.Found found = metadata.read(doc);
    Metadata meta = hints.orElse(found.metadata());
    Pruning.prune(doc);
    List<Block> blocks = BlockWriter.write(content.find(doc));
    if (chars(blocks) < RETRY_BELOW_CHARS) {
      // Too little for an article: look again with the boilerplate-looking containers kept in.
      org.jsoup.nodes.Document again = parse(page, url);
      Pruning.prune(again);
      List<Block> relaxed = BlockWriter.write(content.find(again, false));
      if (chars(relaxed) > chars(blocks)) {
        blocks = relaxed;
        doc = again;
      }
    }
    List<Block> structured = fromArticleBody(found.articleBody(), blocks, doc);
    if (structured != null) {
      blocks = structured;
    }
    return new Document(source, "html", blocks, meta, blocks.size());
  }

  private static org.jsoup.nodes.Document parse(String html, String url) {
    return Jsoup.parse(html, url == null ? "" : url, Parser.htmlParser());
  }

  private static long chars(List<Block> blocks) {
    return blocks.stream().mapToLong(b -> b.text().length()).sum();
  }

  /**
   * The JSON-LD {@code articleBody} as blocks, when the DOM gave less than half of its text and the
   * page itself shows its opening (so it is this page's article, not a stale or foreign copy);
   * otherwise null.
   */
  static List<Block> fromArticleBody(
      String articleBody, List<Block> domBlocks, org.jsoup.nodes.Document doc) {
    if (articleBody == null || articleBody.isBlank() || doc.body() == null) {
      return null;
    }
    String body = articleBody.strip();
    long domChars = chars(domBlocks);
    if (body.length() < MIN_ARTICLE_BODY || domChars * 2 >= body.length()) {
      return null;
    }
    String opening = squash(body.substring(0, Math.min(body.length(), CROSS_CHECK_CHARS)));
    if (!squash(doc.body().text()).contains(opening)) {
      return null;
    }
    List<Block> out = new java.util.ArrayList<>();
    for (String paragraph : body.split("\\s*\\n\\s*")) {
      if (!paragraph.isBlank()) {
        out.add(new Block(paragraph, out.size() + 1, Block.Kind.TEXT, 0.0));
      }
    }
    return out;
  }

  private static String squash(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }

  /**
   * An XHTML page's DOCTYPE may carry an internal DTD subset ({@code <!DOCTYPE html [ ... ]>}),
   * which the HTML parser would print as text. Entities are never expanded either way.
   */
  static String withoutDtdSubset(String html) {
    int head = Math.min(html.length(), 4096);
    int doctype = html.substring(0, head).indexOf("<!DOCTYPE");
    if (doctype < 0) {
      return html;
    }
    Matcher m = DTD_SUBSET.matcher(html).region(doctype, Math.min(html.length(), doctype + 65536));
    return m.lookingAt() ? html.substring(0, doctype) + html.substring(m.end()) : html;
  }

  static Charset declaredCharset(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    if (!m.find()) {
      return null;
    }
    try {
      return Charset.forName(m.group(1));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
