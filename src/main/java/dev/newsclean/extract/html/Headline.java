package dev.newsclean.extract.html;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * The headline as the page shows it: the visible {@code <h1>} that agrees with the page's own
 * titles ({@code og:title}, JSON-LD {@code headline}, {@code <title>}); failing that, the
 * structured title with the site's name cut off (names learned from {@code og:site_name}, the
 * JSON-LD publisher and the domain); failing that, the {@code <title>} by Readability's rules.
 * Stateless.
 */
final class Headline {

  /**
   * An {@code <h1>} is the headline when this share of its words is in one of the page's titles.
   */
  static final double AGREEMENT = 0.5;

  /** ... and this share of the title's words is in the {@code <h1>}. */
  static final double COVERAGE = 0.3;

  private static final int MAX_WORDS = 40;
  private static final Pattern TITLE_SEPARATOR = Pattern.compile(" [|\\-–—\\\\/>»] ");
  private static final Pattern HIERARCHICAL_SEPARATOR = Pattern.compile(" [\\\\/>»] ");

  /** Between a headline and the site's name: "Story | Site", "Site - Story", "Story :: Site". */
  private static final Pattern SITE_SEPARATOR = Pattern.compile("\\s+(?:[|\\-–—»·•]|::)\\s+");

  private static final Pattern CHROME = Pattern.compile("(?i)logo|site-?title|site-?name|brand");
  private static final Pattern PAGE_HEADER = Pattern.compile("(?i)header|masthead|banner");
  private static final Set<String> CHROME_TAGS = Set.of("nav", "footer", "aside");

  /** Class or id words of an element that holds the article's own heading. */
  private static final Pattern HEADING =
      Pattern.compile("(?i)title|headline|heading|entry|article|post|story");

  /**
   * An {@code <h1>} that agrees with no title is still the headline when it says this much and
   * stands alone.
   */
  private static final int MIN_LONE_WORDS = 3;

  private Headline() {}

  /**
   * The headline of {@code doc}. {@code structured} is the page's structured title (JSON-LD, {@code
   * og:title} and the like) or null; {@code siteNames} are the site's names in any case.
   */
  static String choose(Document doc, String structured, Set<String> siteNames) {
    String meta = unescape(structured);
    String tag = unescape(doc.title());
    List<String> references = new ArrayList<>();
    for (String r : new String[] {meta, tag}) {
      if (r != null && !r.isBlank()) {
        references.add(r);
      }
    }
    String h1 = agreeingH1(doc, references, siteNames);
    if (h1 != null) {
      return h1;
    }
    if (meta != null && !meta.isBlank()) {
      return withoutSite(meta, siteNames);
    }
    String fromTag = titleFromTitleTag(doc);
    return fromTag == null ? null : withoutSite(fromTag, siteNames);
  }

  /**
   * The {@code <h1>} outside the page's chrome that agrees best with a reference title; or, when
   * none agrees, the only such {@code <h1>} when it is marked as the article's heading (by its
   * class or id, or by standing inside {@code <article>}); or null.
   */
  static String agreeingH1(Document doc, List<String> references, Set<String> siteNames) {
    String best = null;
    double bestScore = AGREEMENT;
    List<Element> eligible = new ArrayList<>();
    for (Element h1 : doc.select("h1")) {
      String text = visibleText(h1);
      int words = words(text);
      if (words < 2 || words > MAX_WORDS || isSiteName(text, siteNames) || inChrome(h1)) {
        continue;
      }
      eligible.add(h1);
      for (String reference : references) {
        double score = similarity(reference, text);
        if (similarity(text, reference) < COVERAGE) {
          continue; // "Hi, I'm Nicolas." against "Frontend Code Covered | Nicolas Perriault"
        }
        if (score > bestScore || score == bestScore && best == null) {
          best = text;
          bestScore = score;
        }
      }
    }
    if (best == null
        && eligible.size() == 1
        && words(visibleText(eligible.get(0))) >= MIN_LONE_WORDS
        && markedAsHeading(eligible.get(0))) {
      best = visibleText(eligible.get(0));
    }
    return best;
  }

  private static String visibleText(Element e) {
    // Heading anchors ("¶", "#") are not part of the headline.
    return e.text().replace('\u00A0', ' ').replace("¶", "").replaceAll("\\s+", " ").strip();
  }

  private static boolean markedAsHeading(Element h1) {
    if (HEADING.matcher(h1.className()).find() || HEADING.matcher(h1.id()).find()) {
      return true;
    }
    return h1.closest("article") != null;
  }

  /**
   * Inside the page's navigation, footer or sidebar, its logo, or a page header outside the
   * article.
   */
  private static boolean inChrome(Element e) {
    boolean inArticle = e.parent() != null && e.parent().closest("article, main") != null;
    for (Element a = e; a != null; a = a.parent()) {
      if (CHROME_TAGS.contains(a.normalName())
          || CHROME.matcher(a.className()).find()
          || CHROME.matcher(a.id()).find()) {
        return true;
      }
      boolean header =
          a.normalName().equals("header")
              || PAGE_HEADER.matcher(a.className() + " " + a.id()).find();
      if (header && !inArticle && !HEADING.matcher(a.className() + " " + a.id()).find()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The title with the site's name cut off either end ("Story | CBC News", "PolitiFact - Story"),
   * and with it the section names next to it ("Story | Opinion | The Harvard Crimson").
   */
  static String withoutSite(String title, Set<String> siteNames) {
    List<String> parts = new ArrayList<>(List.of(SITE_SEPARATOR.split(title.strip())));
    if (parts.size() < 2) {
      return title.strip();
    }
    boolean cut = false;
    if (isSiteName(parts.get(parts.size() - 1), siteNames)) {
      parts.remove(parts.size() - 1);
      cut = true;
      while (parts.size() > 1
          && words(parts.get(parts.size() - 1)) <= 3
          && words(longest(parts)) >= 4) {
        parts.remove(parts.size() - 1); // sections before the site's name
      }
    }
    if (parts.size() > 1 && isSiteName(parts.get(0), siteNames)) {
      parts.remove(0);
      cut = true;
    }
    return cut ? String.join(" - ", parts) : title.strip();
  }

  private static String longest(List<String> parts) {
    return parts.stream().max((a, b) -> Integer.compare(words(a), words(b))).orElse("");
  }

  /**
   * True when {@code text} is one of the site's names, or the site's domain label is all of its
   * words.
   */
  static boolean isSiteName(String text, Set<String> siteNames) {
    String key = squash(text);
    if (key.isEmpty()) {
      return false;
    }
    for (String name : siteNames) {
      String n = squash(name);
      if (n.length() >= 2
          && (key.equals(n)
              || key.equals("the" + n)
              || words(text) <= 4
                  && key.length() >= 3
                  && (key.startsWith(n) && n.length() >= 4 || n.startsWith(key)))) {
        return true;
      }
    }
    return false;
  }

  private static String squash(String s) {
    return s == null ? "" : s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
  }

  private static String unescape(String s) {
    return s == null
        ? null
        : Parser.unescapeEntities(s, false).replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
  }

  /**
   * The {@code <title>} with the site's name cut off, by Readability's rules: cut after the last
   * separator ("Story title | Site"), or before the first when that leaves under three words ("Site
   * | Story title"); after a colon when no heading repeats the whole title; the only {@code <h1>}
   * when the title is very short or long; and the whole title back when the cut leaves four words
   * or fewer.
   */
  static String titleFromTitleTag(Document doc) {
    String original = doc.title().strip().replaceAll("\\s+", " ");
    if (original.isEmpty()) {
      Element h1 = doc.selectFirst("h1");
      return h1 == null ? null : h1.text();
    }
    String title = original;
    boolean hierarchical = false;
    Matcher separators = TITLE_SEPARATOR.matcher(original);
    int last = -1;
    while (separators.find()) {
      last = separators.start();
    }
    if (last >= 0) {
      hierarchical = HIERARCHICAL_SEPARATOR.matcher(original).find();
      title = original.substring(0, last);
      if (words(title) < 3) {
        title = original.replaceFirst("^[^|\\-–—\\\\/>»]*[|\\-–—\\\\/>»]", "");
      }
    } else if (original.contains(": ")) {
      boolean headingMatches =
          doc.select("h1, h2").stream().anyMatch(h -> h.text().strip().equals(original));
      if (!headingMatches) {
        title = original.substring(original.lastIndexOf(':') + 1);
        if (words(title) < 3) {
          title = original.substring(original.indexOf(':') + 1);
        } else if (words(original.substring(0, original.indexOf(':'))) > 5) {
          title = original;
        }
      }
    } else if (original.length() > 150 || original.length() < 15) {
      var h1s = doc.select("h1");
      if (h1s.size() == 1) {
        title = h1s.first().text();
      }
    }
    title = title.strip();
    int count = words(title);
    if (count <= 4
        && (!hierarchical || count != words(original.replaceAll("[|\\-–—\\\\/>»]+", "")) - 1)) {
      title = original;
    }
    return title;
  }

  /**
   * Readability's choice between JSON-LD {@code name} and {@code headline}: the name, unless only
   * the headline resembles the page's {@code <title>} (Wikipedia's headline is a description).
   */
  static String jsonLdTitle(JsonNode ld, String pageTitle) {
    String name = JsonLd.text(ld.get("name"));
    String headline = JsonLd.text(ld.get("headline"));
    if (name == null || headline == null || name.equals(headline)) {
      return name != null ? name : headline;
    }
    boolean nameMatches = similarity(name, pageTitle) > 0.75;
    boolean headlineMatches = similarity(headline, pageTitle) > 0.75;
    return headlineMatches && !nameMatches ? headline : name;
  }

  /**
   * Readability's text similarity: the share of {@code b}'s text made of words also in {@code a}.
   */
  static double similarity(String a, String b) {
    List<String> wordsA = List.of(a.toLowerCase(Locale.ROOT).split("\\W+"));
    List<String> wordsB = new ArrayList<>(List.of(b.toLowerCase(Locale.ROOT).split("\\W+")));
    wordsB.removeIf(String::isEmpty);
    if (wordsB.isEmpty()) {
      return 0;
    }
    String all = String.join(" ", wordsB);
    String unique = String.join(" ", wordsB.stream().filter(w -> !wordsA.contains(w)).toList());
    return 1 - (double) unique.length() / all.length();
  }

  static int words(String s) {
    String t = s.strip();
    return t.isEmpty() ? 0 : t.split("\\s+").length;
  }
}
