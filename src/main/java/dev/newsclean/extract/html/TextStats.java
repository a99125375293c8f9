package dev.newsclean.extract.html;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Text length, link text length and comma count of every element under a root, from one walk of the
 * tree: the numbers a content scorer asks of each candidate, without re-reading its text each time.
 * Lengths count whitespace runs as one character, as jsoup's {@code text()} does. Links to
 * fragments ({@code href="#..."}) weigh 0.3, as in-page navigation is rarely boilerplate.
 */
final class TextStats {

  int chars;
  double linkChars;
  int commas;

  private TextStats() {}

  static Map<Element, TextStats> of(Element root) {
    Map<Element, TextStats> stats = new IdentityHashMap<>();
    Deque<TextStats> open = new ArrayDeque<>();
    double[] linkWeight = {0};
    int[] linkDepth = {0};
    NodeTraversor.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {
            if (node instanceof Element e) {
              TextStats t = new TextStats();
              stats.put(e, t);
              open.push(t);
              if (e.normalName().equals("a")) {
                if (linkDepth[0]++ == 0) {
                  linkWeight[0] = e.attr("href").startsWith("#") ? 0.3 : 1.0;
                }
              }
            } else if (node instanceof TextNode text && !open.isEmpty()) {
              TextStats t = open.peek();
              String s = text.getWholeText();
              int length = collapsedLength(s);
              t.chars += length;
              t.commas += commas(s);
              if (linkDepth[0] > 0) {
                t.linkChars += length * linkWeight[0];
              }
            }
          }

          @Override
          public void tail(Node node, int depth) {
            if (node instanceof Element e) {
              TextStats done = open.pop();
              if (!open.isEmpty()) {
                TextStats parent = open.peek();
                parent.chars += done.chars;
                parent.linkChars += done.linkChars;
                parent.commas += done.commas;
              }
              if (e.normalName().equals("a")) {
                linkDepth[0]--;
              }
            }
          }
        },
        root);
    return stats;
  }

  private static int collapsedLength(String s) {
    int length = 0;
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      if (Character.isWhitespace(s.charAt(i))) {
        space = true;
      } else {
        if (space && length > 0) {
          length++;
        }
        space = false;
        length++;
      }
    }
    return length;
  }

  private static int commas(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ',' || c == '،' || c == '，') {
        n++;
      }
    }
    return n;
  }

  /** The share of {@code e}'s text inside links, 0 to 1 (0 for an element not walked). */
  static double linkDensity(Map<Element, TextStats> stats, Element e) {
    TextStats t = stats.get(e);
    return t == null || t.chars == 0 ? 0 : Math.min(1.0, t.linkChars / t.chars);
  }

  /** The length of {@code e}'s text (0 for an element not walked). */
  static int chars(Map<Element, TextStats> stats, Element e) {
    TextStats t = stats.get(e);
    return t == null ? 0 : t.chars;
  }
}
