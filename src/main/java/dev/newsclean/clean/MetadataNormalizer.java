package dev.newsclean.clean;

import dev.newsclean.model.Metadata;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/**
 * The one place every source's metadata passes through before it is written (HTML meta tags and
 * JSON-LD, bylines, JSON Lines fields, WARC headers, Tika): {@code published} and {@code fetched}
 * as ISO-8601 or nothing, falling back to a date line on the page and then to the date in the URL,
 * with the page's dateline taken over them when it shows another day ({@code preferShown}); titles
 * and names with entities decoded and whitespace collapsed; authors cleaned ({@link AuthorNames});
 * {@code site} as the registrable domain; {@code language} as a BCP 47 tag. Immutable; thread-safe.
 */
public final class MetadataNormalizer {

  /** The length of an ISO calendar date, the part compared to tell two dates' days apart. */
  private static final int DAY = "2023-12-22".length();

  private static final Pattern MEDIA_TAG =
      Pattern.compile(
          "\\s*[\\[(](?:videos?|watch|photos?|pictures?|gallery|audio|listen|podcast)[\\])]$",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern ENTITY = Pattern.compile("&(?:#\\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);");
  private static final Pattern LANGUAGE =
      Pattern.compile(
          "([a-zA-Z]{2,3})(?:[-_]([a-zA-Z]{4}))?(?:[-_]([a-zA-Z]{2}|\\d{3}))?(?:[-_].*)?");

  private final DateNormalizer dates;
  private final List<String> updateMarkers;

  /** {@code updateMarkers}: words before a date that make it an update's ("updated"). */
  public MetadataNormalizer(DateNormalizer dates, List<String> updateMarkers) {
    this.dates = dates;
    this.updateMarkers = List.copyOf(updateMarkers);
  }

  /**
   * The publication date the page's dateline shows, when there is no {@code published} or it is
   * another day: structured data often gives the time of a later edit, of a template or of the
   * site's zone, while the dateline below the headline is the one a reader sees. An update's date
   * does not count ({@link DateNormalizer#shownPublished}).
   */
  private String preferShown(String published, String dateline, String fetched) {
    if (dateline == null) {
      return published;
    }
    return dates
        .shownPublished(dateline, updateMarkers, fetched)
        .filter(shown -> published == null || !shown.regionMatches(0, published, 0, DAY))
        .orElse(published);
  }

  /**
   * The metadata in the schema's forms; {@code pageDate} is a date seen on its own line, or null.
   */
  public Metadata normalize(Metadata m, String pageDate) {
    String fetched = dates.normalize(m.fetched(), null).orElse(null);
    String url = text(m.url());
    String published =
        dates
            .normalize(m.published(), fetched)
            .or(() -> dates.normalize(pageDate, fetched))
            .or(() -> DateNormalizer.fromUrl(url, fetched))
            .orElse(null);
    published = preferShown(published, m.dateline(), fetched);
    Optional<String> domain = Sites.ofUrl(url);
    String site = domain.orElseGet(() -> siteWithoutUrl(m.site()));
    Set<String> siteNames = new HashSet<>();
    for (String s : new String[] {m.site(), site, domain.map(Sites::label).orElse(null)}) {
      if (s != null) {
        siteNames.add(s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", ""));
      }
    }
    List<String> authors = AuthorNames.clean(m.authors(), siteNames);
    return new Metadata(
        title(m.title()),
        authors,
        published,
        site,
        url,
        fetched,
        language(m.language()),
        text(m.description()),
        text(m.credit()),
        null); // the dateline was read into published
  }

  /**
   * A title as {@link #text}, without the media label some sites put after the headline ("... to
   * Show Finale [Watch]", "... from 19 million miles away (video)").
   */
  static String title(String s) {
    String t = text(s);
    if (t == null) {
      return null;
    }
    String bare = MEDIA_TAG.matcher(t).replaceFirst("");
    return bare.isEmpty() ? t : bare;
  }

  /**
   * Entities decoded (twice, for pages that encode them twice), whitespace collapsed; null when
   * blank.
   */
  static String text(String s) {
    if (s == null) {
      return null;
    }
    for (int i = 0; i < 2 && ENTITY.matcher(s).find(); i++) {
      s = Parser.unescapeEntities(s, false);
    }
    s = s.replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
    return s.isEmpty() ? null : s;
  }

  /** A site named without a URL: a host name becomes its registrable domain, a name stays. */
  private static String siteWithoutUrl(String site) {
    String s = text(site);
    if (s == null) {
      return null;
    }
    String host = s.replaceFirst("^(?i)https?://", "").replaceFirst("/.*$", "");
    return host.contains(".") && !host.contains(" ") ? Sites.ofHost(host).orElse(s) : s;
  }

  /**
   * A BCP 47 tag: {@code en}, {@code en-GB}, {@code zh-Hant}; null for anything that is not one.
   */
  static String language(String raw) {
    String s = text(raw);
    if (s == null) {
      return null;
    }
    var m = LANGUAGE.matcher(s);
    if (!m.matches()) {
      return null;
    }
    StringBuilder tag = new StringBuilder(m.group(1).toLowerCase(Locale.ROOT));
    if (m.group(2) != null) {
      tag.append('-')
          .append(Character.toUpperCase(m.group(2).charAt(0)))
          .append(m.group(2).substring(1).toLowerCase(Locale.ROOT));
    }
    if (m.group(3) != null) {
      tag.append('-').append(m.group(3).toUpperCase(Locale.ROOT));
    }
    return tag.toString();
  }
}
