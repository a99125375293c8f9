package dev.newsclean.extract.html;

import dev.newsclean.model.Block;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Writes an article element as blocks: each paragraph, heading, list item, quote, table cell and
 * caption is its own block; two {@code <br>} in a row break a paragraph; inline elements are joined
 * exactly as the text runs (no stray spaces); each block records how much of its text sat in links.
 * The text of a {@code <figcaption>}, and any other text of a short {@code <figure>} that shows an
 * image (a credit beside the picture), is a {@link Block.Kind#CAPTION caption}; a quote, table or
 * list inside such a figure keeps its own kind. One instance per call: not thread-safe.
 */
final class BlockWriter implements NodeVisitor {

  private static final Set<String> BLOCK_TAGS =
      Set.of(
          "p",
          "div",
          "section",
          "article",
          "main",
          "header",
          "footer",
          "aside",
          "nav",
          "figure",
          "figcaption",
          "address",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "ul",
          "ol",
          "li",
          "dl",
          "dt",
          "dd",
          "blockquote",
          "pre",
          "table",
          "thead",
          "tbody",
          "tfoot",
          "tr",
          "td",
          "th",
          "caption",
          "hr",
          "center",
          "details",
          "summary",
          "form",
          "fieldset",
          "body",
          "html");
  private static final Map<String, Block.Kind> KINDS =
      Map.ofEntries(
          Map.entry("h1", Block.Kind.HEADING),
          Map.entry("h2", Block.Kind.HEADING),
          Map.entry("h3", Block.Kind.HEADING),
          Map.entry("h4", Block.Kind.HEADING),
          Map.entry("h5", Block.Kind.HEADING),
          Map.entry("h6", Block.Kind.HEADING),
          Map.entry("li", Block.Kind.LIST_ITEM),
          Map.entry("dt", Block.Kind.LIST_ITEM),
          Map.entry("dd", Block.Kind.LIST_ITEM),
          Map.entry("blockquote", Block.Kind.QUOTE),
          Map.entry("pre", Block.Kind.PRE),
          Map.entry("td", Block.Kind.TABLE),
          Map.entry("th", Block.Kind.TABLE),
          Map.entry("figcaption", Block.Kind.CAPTION),
          Map.entry("caption", Block.Kind.CAPTION));

  private static final int MAX_FIGURE_CHARS = 500;

  private final List<Block> blocks = new ArrayList<>();
  private final StringBuilder text = new StringBuilder();
  private final List<Block.Kind> kinds = new ArrayList<>();

  /** For each open block element, whether it pushed a kind onto {@link #kinds}. */
  private final ArrayDeque<Boolean> pushedKind = new ArrayDeque<>();

  private int linkChars;
  private int linkDepth;
  private int preDepth;
  private boolean pendingBreak;

  static List<Block> write(Element root) {
    BlockWriter writer = new BlockWriter();
    NodeTraversor.traverse(writer, root);
    writer.flush();
    return writer.blocks;
  }

  @Override
  public void head(Node node, int depth) {
    if (node instanceof TextNode t) {
      append(preDepth > 0 ? t.getWholeText() : collapse(t.getWholeText()));
      pendingBreak = false;
      return;
    }
    if (!(node instanceof Element e)) {
      return;
    }
    String tag = e.normalName();
    if (tag.equals("br")) {
      if (pendingBreak) {
        flush();
      } else {
        append(" ");
        pendingBreak = true;
      }
      return;
    }
    if (tag.equals("img")) {
      return;
    }
    pendingBreak = false;
    if (BLOCK_TAGS.contains(tag)) {
      flush();
      Block.Kind kind = kindOf(e, tag);
      pushedKind.push(kind != null);
      if (kind != null) {
        kinds.add(kind);
      }
    }
    if (tag.equals("a")) {
      linkDepth++;
    }
    if (tag.equals("pre")) {
      preDepth++;
    }
  }

  @Override
  public void tail(Node node, int depth) {
    if (!(node instanceof Element e)) {
      return;
    }
    String tag = e.normalName();
    if (tag.equals("a")) {
      linkDepth--;
    }
    if (tag.equals("pre")) {
      preDepth--;
    }
    if (BLOCK_TAGS.contains(tag)) {
      flush();
      if (pushedKind.pop() && !kinds.isEmpty()) {
        kinds.remove(kinds.size() - 1);
      }
    }
  }

  /**
   * The kind a block element gives the text inside it: by its tag, or CAPTION for a short figure
   * around a picture; null when it gives none (its text keeps the kind of the element around it).
   */
  private static Block.Kind kindOf(Element e, String tag) {
    if (tag.equals("figure")) {
      return e.selectFirst("img, picture") != null && e.text().length() <= MAX_FIGURE_CHARS
          ? Block.Kind.CAPTION
          : null;
    }
    return KINDS.get(tag);
  }

  private void append(String s) {
    if (s.isEmpty()) {
      return;
    }
    if (s.equals(" ") && (text.length() == 0 || text.charAt(text.length() - 1) == ' ')) {
      return;
    }
    if (linkDepth > 0) {
      linkChars += s.strip().length();
    }
    text.append(s);
  }

  private void flush() {
    String s = text.toString().strip();
    if (!s.isEmpty()) {
      Block.Kind kind = kinds.isEmpty() ? Block.Kind.TEXT : kinds.get(kinds.size() - 1);
      double density = Math.min(1.0, (double) linkChars / s.length());
      blocks.add(new Block(s, blocks.size() + 1, kind, density));
    }
    text.setLength(0);
    linkChars = 0;
    pendingBreak = false;
  }

  private static String collapse(String s) {
    StringBuilder out = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        space = true;
      } else {
        if (space) {
          out.append(' ');
        }
        space = false;
        out.append(c);
      }
    }
    if (space) {
      out.append(' ');
    }
    return out.toString();
  }
}
