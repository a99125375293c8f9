package dev.newsclean.extract.html;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The last step of finding the article: the siblings of the best container that read like the
 * article (scored high enough, or paragraphs with real text and few links) and containers elsewhere
 * with the same tag and classes, merged in document order, so a body split across containers loses
 * no paragraph (Readability's sibling pass, with the split-body case added).
 */
final class Siblings {

  private static final int SAME_KIND_MIN_CHARS = 80;
  private static final double SAME_KIND_MAX_LINKS = 0.25;
  private static final Pattern SENTENCE_END = Pattern.compile("\\.( |$)");

  private Siblings() {}

  /**
   * The article made of {@code top} and the blocks that belong with it, as a new {@code div} of
   * clones of them.
   */
  static Element merge(
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
        } else if (sibling.normalName().equals("p") || MainContent.isDivParagraph(sibling)) {
          double density = TextStats.linkDensity(stats, sibling);
          int chars = TextStats.chars(stats, sibling);
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
      parts.sort(Comparator.comparingInt(order::get));
    }
    Element merged = doc.createElement("div");
    for (Element part : parts) {
      merged.appendChild(part.clone());
    }
    return merged;
  }

  /**
   * Containers elsewhere on the page with the same tag and classes as the article's container,
   * holding real text with few links: the rest of an article split into blocks (a body cut up by
   * ads, galleries or pull quotes). Never one inside or around {@code top}.
   */
  private static List<Element> sameKind(Element top, Element body, Map<Element, TextStats> stats) {
    Set<String> classes = top.classNames();
    if (classes.isEmpty()) {
      return List.of();
    }
    List<Element> out = new ArrayList<>();
    for (Element e : body.getElementsByClass(classes.iterator().next())) {
      Set<String> theirs = e.classNames();
      boolean alike = classes.containsAll(theirs) || theirs.containsAll(classes);
      if (e == top || !e.normalName().equals(top.normalName()) || !alike) {
        continue;
      }
      if (isAncestor(e, top) || isAncestor(top, e)) {
        continue;
      }
      if (TextStats.chars(stats, e) >= SAME_KIND_MIN_CHARS
          && TextStats.linkDensity(stats, e) < SAME_KIND_MAX_LINKS) {
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
}
