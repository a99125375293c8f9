package dev.newsclean.clean;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Cleans the author names a source gives: prefixes ("By", "View all posts by"), what scrapers glue
 * on (a dateline, "| Sponsored", ", The Daily Journal", a handle), URLs and staff credits
 * ("MLSsoccer staff", "Tech Digest Correspondent") go; people are kept over organisations, an
 * organisation (a wire service, the outlet) only when no person is named. Stateless.
 */
public final class AuthorNames {

  private static final int MAX_NAMES = 12;
  private static final Pattern PREFIX =
      Pattern.compile(
          "(?iu)^(?:(?:view all posts|posts|articles|more|stories|written|posted|reported|words|text|photos?)\\s+by|by|from|von|par|por|di|door)\\s*[:\\-]?\\s+");
  private static final Pattern CUT = Pattern.compile("\\s+[|•·]\\s*|\\s+[-–—]\\s+|\\s*@|\\s*\\n");
  private static final Pattern PARENTHESES = Pattern.compile("\\s*\\([^)]*\\)?");
  private static final Pattern CO_AUTHORS =
      Pattern.compile("(?iu)\\((?:with|avec|mit|con|com|met)\\s+([^)]+)\\)");
  private static final Pattern NAME_LIST =
      Pattern.compile("(?iu)\\s*(?:,|&|\\band\\b|\\bet\\b|\\bund\\b|\\by\\b|\\be\\b|\\ben\\b)\\s*");
  private static final Pattern DIGITS = Pattern.compile("\\p{N}");
  private static final Pattern MONTH =
      Pattern.compile(
          "(?i)(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|updated|published|on|at");
  private static final Pattern LETTER = Pattern.compile("\\p{L}");

  /**
   * A date label glued to the name before it, as text extraction joins them: "Jane DoePublished".
   */
  private static final Pattern GLUED_LABEL =
      Pattern.compile("(?<=\\p{Ll})(?:Published|Updated|Posted|Last updated|Modified)\\b.*");

  /** A job title after the name ("Will Macmaster Editor"), cut when a name stays before it. */
  private static final Set<String> ROLE =
      Set.of(
          "editor",
          "writer",
          "reporter",
          "correspondent",
          "contributor",
          "columnist",
          "producer",
          "journalist",
          "author",
          "photographer",
          "senior",
          "associate",
          "deputy",
          "managing",
          "chief",
          "contributing",
          "staff",
          "freelance");

  /** An outlet's name run together, capitals then a word: "FOXBusiness", "CNNMoney". */
  private static final Pattern GLUED_WORDS = Pattern.compile("\\p{Lu}{2,}\\p{Ll}{2,}");

  private static final Set<String> STAFF =
      Set.of(
          "staff",
          "correspondent",
          "correspondents",
          "reports",
          "report",
          "reporter",
          "desk",
          "team",
          "editors",
          "contributor",
          "contributors",
          "writer",
          "writers",
          "admin",
          "administrator",
          "editorial",
          "newsroom",
          "redazione",
          "redaktion",
          "rédaction",
          "redacción");
  private static final Set<String> ORGANISATION =
      Set.of(
          "press",
          "news",
          "times",
          "post",
          "reuters",
          "afp",
          "ap",
          "agency",
          "magazine",
          "media",
          "network",
          "online",
          "daily",
          "journal",
          "tribune",
          "herald",
          "gazette",
          "associated",
          "wire",
          "service",
          "group",
          "inc",
          "ltd",
          "llc",
          "channel",
          "radio",
          "tv",
          "telegraph",
          "guardian",
          "bureau",
          "institute",
          "university",
          "association",
          "foundation",
          "company",
          "corporation",
          "sponsored",
          "partner");

  private AuthorNames() {}

  /**
   * The names, cleaned, people first: organisations only when no person is left. {@code siteNames}
   * (lower case: the outlet's name, its domain's label) are organisations too.
   */
  public static List<String> clean(List<String> raw, Set<String> siteNames) {
    Map<String, String> people = new LinkedHashMap<>();
    Map<String, String> organisations = new LinkedHashMap<>();
    for (String one : withCoAuthors(raw)) {
      String name = strip(one);
      if (name == null) {
        continue;
      }
      String key = name.toLowerCase(Locale.ROOT);
      List<String> words = List.of(key.split("[\\s.]+"));
      if (words.stream().anyMatch(STAFF::contains) || words.stream().allMatch(ROLE::contains)) {
        continue; // "Staff Reporter"; "Contributing Editor", a job without its name
      }
      boolean organisation = organisation(name, siteNames);
      (organisation ? organisations : people).putIfAbsent(key, name);
    }
    List<String> out = new ArrayList<>(people.isEmpty() ? organisations.values() : people.values());
    return out.size() > MAX_NAMES ? out.subList(0, MAX_NAMES) : out;
  }

  /** A staff label ("Staff Reporter", "News Desk") rather than a person's name. */
  public static boolean staff(String name) {
    return List.of(name.toLowerCase(Locale.ROOT).split("[\\s.]+")).stream()
        .anyMatch(STAFF::contains);
  }

  /**
   * An organisation rather than a person: one word in capitals, five words or more, a domain, the
   * site, or an organisation word.
   */
  public static boolean organisation(String name, Set<String> siteNames) {
    String key = name.toLowerCase(Locale.ROOT);
    List<String> words = List.of(key.split("[\\s.]+"));
    return words.size() == 1 && name.equals(name.toUpperCase(Locale.ROOT))
        || words.size() > 4
        || key.contains(".com")
        || siteNames.contains(key.replaceAll("[^\\p{L}\\p{N}]", ""))
        || words.stream().anyMatch(ORGANISATION::contains);
  }

  /**
   * The names, with co-authors named in parentheses split out: "Jane Doe (avec Jean Dupont et Ana
   * Sousa)".
   */
  static List<String> withCoAuthors(List<String> raw) {
    List<String> out = new ArrayList<>();
    for (String one : raw) {
      out.add(one);
      var m = CO_AUTHORS.matcher(one == null ? "" : one);
      if (m.find()) {
        out.addAll(List.of(NAME_LIST.split(m.group(1))));
      }
    }
    return out;
  }

  /**
   * One name with prefixes and glued-on parts cut off, or null when nothing like a name is left.
   */
  static String strip(String raw) {
    if (raw == null) {
      return null;
    }
    String name =
        org.jsoup.parser.Parser.unescapeEntities(raw, false).replaceAll("\\s+", " ").strip();
    if (name.startsWith("http") || name.startsWith("www.") || name.startsWith("/")) {
      return null;
    }
    name = PARENTHESES.matcher(PREFIX.matcher(name).replaceFirst("")).replaceAll("");
    var cut = CUT.matcher(name);
    if (cut.find()) {
      name = name.substring(0, cut.start());
    }
    // "Terry Pluto, cleveland.com", "Jonathan Wasserman, Bleacher Report": the person before the
    // comma.
    int comma = name.indexOf(',');
    if (comma >= 0) {
      name = name.substring(0, comma);
    }
    name = GLUED_LABEL.matcher(name).replaceFirst("");
    // "Shakiel Mahjouri Feb 6": a date glued on ends the name.
    List<String> tokens = new ArrayList<>(List.of(name.strip().split("\\s+")));
    for (int i = 0; i < tokens.size(); i++) {
      if (DIGITS.matcher(tokens.get(i)).find()) {
        tokens = new ArrayList<>(tokens.subList(0, i));
        break;
      }
    }
    while (tokens.size() > 1
        && MONTH.matcher(tokens.get(tokens.size() - 1).replaceAll("[.,]", "")).matches()) {
      tokens.remove(tokens.size() - 1);
    }
    tokens = withoutTail(tokens);
    if (tokens.size() == 1 && MONTH.matcher(tokens.get(0).replaceAll("[.,]", "")).matches()) {
      return null;
    }
    name =
        String.join(" ", tokens)
            .replaceAll("^[\\p{Punct}\\s]+|[\\p{Punct}&&[^.]]+$|\\s+$", "")
            .strip();
    if (name.length() < 2 || name.length() > 60 || !LETTER.matcher(name).find()) {
      return null;
    }
    return name;
  }

  private static boolean isRole(String token) {
    return ROLE.contains(token.toLowerCase(Locale.ROOT));
  }

  /**
   * The name's tokens without what follows it on a byline: a job title ("Editor", "Senior Writer"),
   * the outlet ("John Doe The Associated Press"), or the name printed twice ("Jane Doe Jane Doe").
   * A name of one or two tokens is never cut.
   */
  private static List<String> withoutTail(List<String> tokens) {
    int n = tokens.size();
    if (n >= 4 && n % 2 == 0 && tokens.subList(0, n / 2).equals(tokens.subList(n / 2, n))) {
      return new ArrayList<>(tokens.subList(0, n / 2));
    }
    for (int i = 2; i < n; i++) {
      if (tokens.get(i).equals("The")) {
        return new ArrayList<>(tokens.subList(0, i));
      }
    }
    // "Michael Ruiz Fox News", "Janelle Ash FOXBusiness": the outlet after a two-word name (not
    // an outlet's own name, "The Weather Channel").
    boolean personFirst =
        n > 2
            && !tokens.get(0).equals("The")
            && !ORGANISATION.contains(tokens.get(0).toLowerCase(Locale.ROOT))
            && !ORGANISATION.contains(tokens.get(1).toLowerCase(Locale.ROOT));
    for (int i = 2; personFirst && i < n; i++) {
      String token = tokens.get(i);
      if (ORGANISATION.contains(token.toLowerCase(Locale.ROOT))
          || GLUED_WORDS.matcher(token).find()) {
        return new ArrayList<>(tokens.subList(0, Math.max(2, i - 1)));
      }
    }
    List<String> out = new ArrayList<>(tokens);
    while (out.size() > 2 && isRole(out.get(out.size() - 1))) {
      out.remove(out.size() - 1);
    }
    // "Contributing Opinion Writer" is a label, not a name with its title: left whole, for the
    // staff check.
    return out.stream().anyMatch(AuthorNames::isRole) ? tokens : out;
  }
}
