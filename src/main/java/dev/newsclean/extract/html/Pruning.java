package dev.newsclean.extract.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The first pass over a parsed page: what a reader never sees as article text goes before any
 * scoring (scripts, styles, embeds, form controls, comments, hidden elements and the ARIA landmarks
 * of navigation, banners and dialogs).
 */
final class Pruning {

  private static final Set<String> DROP_TAGS =
      Set.of(
          ("script style noscript template svg iframe object embed canvas button input select"
                  + " textarea link meta dialog math video audio map head")
              .split(" "));
  private static final Set<String> ROLES =
      Set.of("navigation", "banner", "contentinfo", "complementary", "dialog", "alert");
  private static final Set<String> HIDDEN_CLASSES = HtmlSignals.tokens("hiddenClasses");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final Pattern HIDDEN_STYLE =
      Pattern.compile("(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");

  private Pruning() {}

  /**
   * Removes what never holds article text: scripts, hidden elements, forms' controls, and so on.
   */
  static void prune(Document doc) {
    List<Node> doomed = new ArrayList<>();
    NodeTraversor.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (node instanceof Comment) {
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
    if (hiddenByClass(e.className())) {
      return true;
    }
    return tag.equals("form") && e.select("p").size() < 3;
  }

  /**
   * True when a class token is a hiding utility ({@code hidden}, {@code d-none}, {@code sr-only},
   * ...) and no other token shows the element again at some screen size ({@code md:block}, {@code
   * d-lg-block}).
   */
  private static boolean hiddenByClass(String classes) {
    if (classes.isEmpty()) {
      return false;
    }
    boolean hidden = false;
    for (String token : WHITESPACE.split(classes)) {
      if (token.indexOf(':') >= 0 || token.startsWith("d-") && !token.equals("d-none")) {
        return false;
      }
      hidden |= HIDDEN_CLASSES.contains(token.toLowerCase(java.util.Locale.ROOT));
    }
    return hidden;
  }
}
