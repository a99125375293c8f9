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

/**
 * Finds the element that holds a page's article, the way the strong extractors do (Readability's
 * scoring, with boilerpipe's idea of judging text blocks): paragraphs give their parents points
 * for length and commas, containers gain or lose points for class, id and role words (kept as
 * data in {@code html-signals.json}), scores are discounted by link density, and the siblings of
 * the best container that read like the article are merged back so a body split across
 * containers loses no paragraph. Stateless once built; thread-safe.
 */
public final class MainContent {

  private static final Set<String> DROP_TAGS =
      Set.of("script", "style", "noscript", "template", "svg", "iframe", "object", "embed", "canvas", "button", "input",
          "select", "textarea", "link", "meta", "dialog", "math", "video", "audio", "map", "head");
  private static final Set<String> SCORABLE = Set.of("p", "pre", "td", "blockquote", "section", "h2", "h3", "h4");
  private static final Set<String> BLOCK_CHILDREN =
      Set.of("a", "blockquote", "dl", "div", "img", "ol", "p", "pre", "table", "ul", "section", "article", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "header", "footer", "aside", "nav", "form", "li");
  private static final Set<String> STRUCTURAL = Set.of("nav", "aside", "footer", "header");
  private static final Pattern HIDDEN_STYLE = Pattern.compile("(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");

  private final Pattern positive;
  private final Pattern negative;
  private final Pattern unlikely;
  private final Pattern maybe;

  public MainContent() {
    JsonNode signals = load();
    this.positive = Pattern.compile(signals.get("positive").asText(), Pattern.CASE_INSENSITIVE);
    this.negative = Pattern.compile(signals.get("negative").asText(), Pattern.CASE_INSENSITIVE);
    this.unlikely = Pattern.compile(signals.get("unlikely").asText(), Pattern.CASE_INSENSITIVE);
    this.maybe = Pattern.compile(signals.get("maybe").asText(), Pattern.CASE_INSENSITIVE);
  }

  /** Removes what never holds article text: scripts, hidden elements, forms' controls, and so on. */
  public void prune(Document doc) {
    doc.select(String.join(",", DROP_TAGS)).remove();
    doc.select("[hidden], [aria-hidden=true]:not(:has(p)), [style~=(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden]").remove();
    doc.select("[role=navigation], [role=banner], [role=contentinfo], [role=complementary], [role=dialog], [role=alert]").remove();
    for (Element form : doc.select("form")) {
      if (form.select("p").size() < 3) {
        form.remove();
      }
    }
    List<Node> comments = new ArrayList<>();
    doc.traverse((node, depth) -> {
      if (node instanceof org.jsoup.nodes.Comment) {
        comments.add(node);
      }
    });
    comments.forEach(Node::remove);
  }

  /** The best container for the article, with its sibling blocks merged in; never null. */
  public Element find(Document doc) {
    Element body = doc.body();
    if (body == null) {
      return doc;
    }
    removeUnlikely(body);
    Map<Element, Double> scores = new IdentityHashMap<>();
    for (Element e : body.getAllElements()) {
      if (!SCORABLE.contains(e.normalName()) && !isDivParagraph(e)) {
        continue;
      }
      String text = e.text();
      if (text.length() < 25) {
        continue;
      }
      double points = 1 + count(text, ',') + count(text, '،') + count(text, '，') + Math.min(text.length() / 100, 3);
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
      double score = entry.getValue() * (1 - linkDensity(entry.getKey()));
      entry.setValue(score);
      if (score > best) {
        best = score;
        top = entry.getKey();
      }
    }
    if (top == null) {
      return body;
    }
    top = climb(top, scores, best);
    return mergeSiblings(top, scores, best, doc);
  }

  /** Readability's step up: when the parent holds the top candidate and scores almost as well, use it. */
  private Element climb(Element top, Map<Element, Double> scores, double best) {
    Element current = top;
    Element parent = current.parent();
    while (parent != null && !parent.normalName().equals("body")) {
      Double parentScore = scores.get(parent);
      if (parentScore == null || parentScore < best / 3) {
        break;
      }
      if (parentScore > scores.getOrDefault(current, 0.0) * 0.9 && parent.text().length() < current.text().length() * 1.6) {
        current = parent;
        parent = current.parent();
      } else {
        break;
      }
    }
    return current;
  }

  private Element mergeSiblings(Element top, Map<Element, Double> scores, double best, Document doc) {
    Element parent = top.parent();
    if (parent == null) {
      return top;
    }
    double threshold = Math.max(10, best * 0.2);
    String topClass = top.className();
    Element merged = doc.createElement("div");
    for (Element sibling : new ArrayList<>(parent.children())) {
      boolean append = sibling == top;
      if (!append) {
        double bonus = !topClass.isEmpty() && topClass.equals(sibling.className()) ? best * 0.2 : 0;
        Double score = scores.get(sibling);
        if (score != null && score + bonus >= threshold) {
          append = true;
        } else if (sibling.normalName().equals("p") || isDivParagraph(sibling)) {
          double density = linkDensity(sibling);
          String text = sibling.text();
          append = (text.length() > 80 && density < 0.25)
              || (text.length() > 0 && text.length() <= 80 && density == 0 && Pattern.compile("\\.( |$)").matcher(text).find());
        }
      }
      if (append) {
        merged.appendChild(sibling.clone());
      }
    }
    return merged;
  }

  private void removeUnlikely(Element body) {
    List<Element> doomed = new ArrayList<>();
    for (Element e : body.getAllElements()) {
      if (e == body || e.normalName().equals("a") || e.normalName().equals("article") || e.normalName().equals("main")) {
        continue;
      }
      String signature = e.className() + " " + e.id() + " " + e.attr("role");
      boolean structural = STRUCTURAL.contains(e.normalName()) && e.closest("article, main") == null;
      if (structural
          || (unlikely.matcher(signature).find() && !maybe.matcher(signature).find() && e.closest("table") == null && e.closest("code") == null)) {
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
    double score = switch (e.normalName()) {
      case "div", "article", "main" -> 5;
      case "pre", "td", "blockquote" -> 3;
      case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
      case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
      default -> 0;
    };
    if (e.normalName().equals("article") || e.hasAttr("itemprop") && e.attr("itemprop").toLowerCase().contains("articlebody")) {
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
      if (negative.matcher(value).find()) {
        weight -= 25;
      }
      if (positive.matcher(value).find()) {
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
      if (BLOCK_CHILDREN.contains(child.normalName()) && !child.normalName().equals("a") && !child.normalName().equals("img")) {
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

  static double linkDensity(Element e) {
    int total = e.text().length();
    if (total == 0) {
      return 0;
    }
    int links = 0;
    for (Element a : e.select("a")) {
      String href = a.attr("href");
      double weight = href.startsWith("#") ? 0.3 : 1.0;
      links += (int) (a.text().length() * weight);
    }
    return Math.min(1.0, (double) links / total);
  }

  private static int count(String s, char c) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == c) {
        n++;
      }
    }
    return n;
  }

  private static JsonNode load() {
    try (InputStream in = MainContent.class.getResourceAsStream("/dev/newsclean/extract/html-signals.json")) {
      return new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read html-signals.json", e);
    }
  }
}
