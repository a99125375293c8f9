package dev.newsclean.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Finds the element that holds a page's article, the way the strong extractors do (Readability's
 * scoring, with boilerpipe's idea of judging text blocks): paragraphs give their parents points for
 * length and commas, containers gain or lose points for class, id and role words (kept as data in
 * {@code html-signals.json}), scores are discounted by link density, and the siblings of the best
 * container that read like the article are merged back so a body split across containers loses no
 * paragraph. Stateless once built; thread-safe.
 */
public final class MainContent {

  private static final Set<String> DROP_TAGS =
      Set.of(
          "script",
          "style",
          "noscript",
          "template",
          "svg",
          "iframe",
          "object",
          "embed",
          "canvas",
          "button",
          "input",
          "select",
          "textarea",
          "link",
          "meta",
          "dialog",
          "math",
          "video",
          "audio",
          "map",
          "head");
  private static final Set<String> SCORABLE =
      Set.of("p", "pre", "td", "blockquote", "section", "h2", "h3", "h4");
  private static final Set<String> BLOCK_CHILDREN =
      Set.of(
          "a",
          "blockquote",
          "dl",
          "div",
          "img",
          "ol",
          "p",
          "pre",
          "table",
          "ul",
          "section",
          "article",
          "figure",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "header",
          "footer",
          "aside",
          "nav",
          "form",
          "li");
  private static final Set<String> STRUCTURAL = Set.of("nav", "aside", "footer", "header");
  private static final Set<String> ROLES =
      Set.of("navigation", "banner", "contentinfo", "complementary", "dialog", "alert");
  private static final int SAME_KIND_MIN_CHARS = 80;
  private static final double SAME_KIND_MAX_LINKS = 0.25;
  private static final Pattern SENTENCE_END = Pattern.compile("\\.( |$)");
  private static final Pattern HIDDEN_STYLE =
      Pattern.compile("(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");

  private final WordSignals positive;
  private final WordSignals negative;
  private final WordSignals unlikely;
  private final WordSignals maybe;

  public MainContent() {
    JsonNode signals = load();
    this.positive = WordSignals.of(signals.get("positive").asText());
    this.negative = WordSignals.of(signals.get("negative").asText());
    this.unlikely = WordSignals.of(signals.get("unlikely").asText());
    this.maybe = WordSignals.of(signals.get("maybe").asText());
  }

  /**
   * Removes what never holds article text: scripts, hidden elements, forms' controls, and so on.
   */
  public void prune(Document doc) {
    List<Node> doomed = new ArrayList<>();
    NodeTraversor.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (node instanceof org.jsoup.nodes.Comment) {
              doomed.add(node);
              return FilterResult.SKIP_ENTIRELY;
            }
            if (node instanceof Element e && isJunk(e)) {
              doomed.add(e);
              return FilterResult.SKIP_ENTIRELY;
            }
            return FilterResult.CONTINUE;
          }
        },
        doc);
    doomed.forEach(Node::remove);
  }

  private static boolean isJunk(Element e) {
    String tag = e.normalName();
    if (DROP_TAGS.contains(tag)) {
      return true;
    }
    if (e.attributesSize() == 0) {
      return false;
    }
    if (e.hasAttr("hidden") || ROLES.contains(e.attr("role"))) {
      return true;
    }
    if (e.attr("aria-hidden").equals("true") && e.selectFirst("p") == null) {
      return true;
    }
    String style = e.attr("style");
    if (!style.isEmpty() && HIDDEN_STYLE.matcher(style).find()) {
      return true;
    }
    return tag.equals("form") && e.select("p").size() < 3;
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
      double score = entry.getValue() * (1 - linkDensity(stats, entry.getKey()));
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
    return mergeSiblings(top, scores, stats, best, doc, body);
  }

  /**
   * Containers elsewhere on the page with the same tag and classes as the article's container,
   * holding real text with few links: the rest of an article split into blocks (a body cut up by
   * ads, galleries or pull quotes). Never one inside or around {@code top}.
   */
  private static List<Element> sameKind(Element top, Element body, Map<Element, TextStats> stats) {
    java.util.Set<String> classes = top.classNames();
    if (classes.isEmpty()) {
      return List.of();
    }
    List<Element> out = new ArrayList<>();
    for (Element e : body.getElementsByClass(classes.iterator().next())) {
      java.util.Set<String> theirs = e.classNames();
      boolean alike = classes.containsAll(theirs) || theirs.containsAll(classes);
      if (e == top || !e.normalName().equals(top.normalName()) || !alike) {
        continue;
      }
      if (isAncestor(e, top) || isAncestor(top, e)) {
        continue;
      }
      if (chars(stats, e) >= SAME_KIND_MIN_CHARS && linkDensity(stats, e) < SAME_KIND_MAX_LINKS) {
        out.add(e);
      }
    }
    return out;
  }

  private static boolean isAncestor(Element ancestor, Element e) {
    for (Element p = e.parent(); p != null; p = p.parent()) {
      if (p == ancestor) {
        return true;
      }
    }
    return false;
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

  private Element mergeSiblings(
      Element top,
      Map<Element, Double> scores,
      Map<Element, TextStats> stats,
      double best,
      Document doc,
      Element body) {
    Element parent = top.parent();
    if (parent == null) {
      return top;
    }
    List<Element> others = sameKind(top, body, stats);
    double threshold = Math.max(10, best * 0.2);
    String topClass = top.className();
    List<Element> parts = new ArrayList<>();
    for (Element sibling : new ArrayList<>(parent.children())) {
      boolean append = sibling == top;
      if (!append) {
        double bonus = !topClass.isEmpty() && topClass.equals(sibling.className()) ? best * 0.2 : 0;
        Double score = scores.get(sibling);
        if (score != null && score + bonus >= threshold) {
          append = true;
        } else if (sibling.normalName().equals("p") || isDivParagraph(sibling)) {
          double density = linkDensity(stats, sibling);
          int chars = chars(stats, sibling);
          append =
              (chars > 80 && density < 0.25)
                  || (chars > 0
                      && chars <= 80
                      && density == 0
                      && SENTENCE_END.matcher(sibling.text()).find());
        }
      }
      if (append) {
        parts.add(sibling);
      }
    }
    boolean addedElsewhere = false;
    for (Element other : others) {
      if (parts.stream().noneMatch(p -> p == other || isAncestor(p, other))) {
        parts.add(other);
        addedElsewhere = true;
      }
    }
    if (addedElsewhere) {
      // Siblings come in document order already; parts from elsewhere must be put among them.
      Map<Element, Integer> order = new IdentityHashMap<>();
      int[] position = {0};
      body.traverse(
          (node, depth) -> {
            if (node instanceof Element e) {
              order.put(e, position[0]++);
            }
          });
      parts.sort(java.util.Comparator.comparingInt(order::get));
    }
    Element merged = doc.createElement("div");
    for (Element part : parts) {
      merged.appendChild(part.clone());
    }
    return merged;
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

  private static double linkDensity(Map<Element, TextStats> stats, Element e) {
    TextStats t = stats.get(e);
    return t == null || t.chars == 0 ? 0 : Math.min(1.0, t.linkChars / t.chars);
  }

  private static int chars(Map<Element, TextStats> stats, Element e) {
    TextStats t = stats.get(e);
    return t == null ? 0 : t.chars;
  }

  private static JsonNode load() {
    try (InputStream in =
        MainContent.class.getResourceAsStream("/dev/newsclean/extract/html-signals.json")) {
      return new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read html-signals.json", e);
    }
  }
}
