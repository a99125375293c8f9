package dev.newsclean.extract.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Finds the element that holds a page's article, the way the strong extractors do (Readability's
 * scoring, with boilerpipe's idea of judging text blocks): paragraphs give their parents points for
 * length and commas, containers gain or lose points for class, id and role words (kept as data in
 * {@code html-signals.json}), scores are discounted by link density, and the siblings of the best
 * container that read like the article are merged back ({@link Siblings}) so a body split across
 * containers loses no paragraph. Runs on a page already {@link Pruning pruned}. Stateless once
 * built; thread-safe.
 */
public final class MainContent {

  private static final Set<String> SCORABLE =
      Set.of("p", "pre", "td", "blockquote", "section", "h2", "h3", "h4");
  private static final Set<String> BLOCK_CHILDREN =
      Set.of(
          ("a blockquote dl div img ol p pre table ul section article figure h1 h2 h3 h4 h5 h6"
                  + " header footer aside nav form li")
              .split(" "));
  private static final Set<String> STRUCTURAL = Set.of("nav", "aside", "footer", "header");

  private final WordSignals positive;
  private final WordSignals negative;
  private final WordSignals unlikely;
  private final WordSignals maybe;

  public MainContent() {
    this.positive = HtmlSignals.words("positive");
    this.negative = HtmlSignals.words("negative");
    this.unlikely = HtmlSignals.words("unlikely");
    this.maybe = HtmlSignals.words("maybe");
  }

  /** The best container for the article, with its sibling blocks merged in; never null. */
  public Element find(Document doc) {
    return find(doc, true);
  }

  /**
   * As {@link #find(Document)}; with {@code stripUnlikely} false, elements whose class or id look
   * like boilerplate stay in the running (Readability's second try when the first finds too
   * little).
   */
  public Element find(Document doc, boolean stripUnlikely) {
    Element body = doc.body();
    if (body == null) {
      return doc;
    }
    if (stripUnlikely) {
      removeUnlikely(body);
    }
    Map<Element, TextStats> stats = TextStats.of(body);
    Map<Element, Double> scores = new IdentityHashMap<>();
    for (Element e : body.getAllElements()) {
      if (!SCORABLE.contains(e.normalName()) && !isDivParagraph(e)) {
        continue;
      }
      TextStats text = stats.get(e);
      if (text == null || text.chars < 25) {
        continue;
      }
      double points = 1 + text.commas + Math.min(text.chars / 100, 3);
      Element ancestor = e.parent();
      for (int level = 0; ancestor != null && level < 5; level++, ancestor = ancestor.parent()) {
        if (ancestor == body.parent()) {
          break;
        }
        scores.computeIfAbsent(ancestor, this::initialScore);
        double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
        scores.merge(ancestor, points / divider, Double::sum);
      }
    }
    Element top = null;
    double best = 0;
    for (Map.Entry<Element, Double> entry : scores.entrySet()) {
      double score = entry.getValue() * (1 - TextStats.linkDensity(stats, entry.getKey()));
      entry.setValue(score);
      if (score > best) {
        best = score;
        top = entry.getKey();
      }
    }
    if (top == null) {
      return body;
    }
    top = climb(top, scores, stats, best);
    return Siblings.merge(top, scores, stats, best, doc, body);
  }

  /**
   * Readability's step up: walk up while the ancestors still score at least a third of the best;
   * when one scores higher than the step below it, more of the article is lurking there: use it.
   */
  private Element climb(
      Element top, Map<Element, Double> scores, Map<Element, TextStats> stats, double best) {
    double last = best;
    for (Element parent = top.parent();
        parent != null && !parent.normalName().equals("body");
        parent = parent.parent()) {
      Double score = scores.get(parent);
      if (score == null) {
        continue;
      }
      if (score < best / 3) {
        break;
      }
      if (score > last) {
        return parent;
      }
      last = score;
    }
    return top;
  }

  private void removeUnlikely(Element body) {
    List<Element> doomed = new ArrayList<>();
    for (Element e : body.getAllElements()) {
      if (e == body
          || e.normalName().equals("a")
          || e.normalName().equals("article")
          || e.normalName().equals("main")) {
        continue;
      }
      if (e.attributesSize() == 0 && !STRUCTURAL.contains(e.normalName())) {
        continue;
      }
      String signature = e.className() + " " + e.id() + " " + e.attr("role");
      boolean structural =
          STRUCTURAL.contains(e.normalName()) && e.closest("article, main") == null;
      if (structural
          || (unlikely.in(signature)
              && !maybe.in(signature)
              && e.closest("table") == null
              && e.closest("code") == null)) {
        doomed.add(e);
      }
    }
    for (Element e : doomed) {
      if (e.parent() != null && e.select("article, main, [itemprop=articleBody]").isEmpty()) {
        e.remove();
      }
    }
  }

  private double initialScore(Element e) {
    double score =
        switch (e.normalName()) {
          case "div", "article", "main" -> 5;
          case "pre", "td", "blockquote" -> 3;
          case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
          case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
          default -> 0;
        };
    if (e.normalName().equals("article")
        || e.hasAttr("itemprop") && e.attr("itemprop").toLowerCase().contains("articlebody")) {
      score += 25;
    }
    return score + classWeight(e);
  }

  private double classWeight(Element e) {
    double weight = 0;
    for (String value : new String[] {e.className(), e.id()}) {
      if (value.isEmpty()) {
        continue;
      }
      if (negative.in(value)) {
        weight -= 25;
      }
      if (positive.in(value)) {
        weight += 25;
      }
    }
    return weight;
  }

  /** A div (or section) whose children are all inline: a paragraph in all but name. */
  static boolean isDivParagraph(Element e) {
    if (!(e.normalName().equals("div") || e.normalName().equals("section"))) {
      return false;
    }
    for (Element child : e.children()) {
      if (BLOCK_CHILDREN.contains(child.normalName())
          && !child.normalName().equals("a")
          && !child.normalName().equals("img")) {
        return false;
      }
    }
    for (Node child : e.childNodes()) {
      if (child instanceof TextNode t && !t.isBlank()) {
        return true;
      }
    }
    return false;
  }
}
