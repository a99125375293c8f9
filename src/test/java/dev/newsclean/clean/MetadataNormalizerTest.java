package dev.newsclean.clean;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import dev.newsclean.model.Metadata;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.Test;

/** The metadata normaliser on values real pages gave (news2023, dev). */
public class MetadataNormalizerTest {

  private final DateNormalizer dates = new DateNormalizer(RuleBook.newsDefault().dates());
  private final MetadataNormalizer normalizer =
      new MetadataNormalizer(dates, RuleBook.newsDefault().updateMarkers());

  private String date(String raw) {
    return dates.normalize(raw, "2024-06-01T00:00:00Z").orElse(null);
  }

  @Test
  public void structuredDatesBecomeIso() {
    assertEquals("2023-12-22T17:15:49Z", date("Fri, 22 Dec 2023 17:15:49 +0000"));
    assertEquals("2019-11-18T16:07:38-06:00", date("Mon, 18 Nov 2019 16:07:38 -0600"));
    assertEquals("2023-12-20T08:58:34-05:00", date("2023-12-20 08:58:34 -0500"));
    assertEquals("2023-12-20T08:36:51-05:00", date("2023-12-20T08:36:51-0500"));
    assertEquals("2017-11-16T14:15:00Z", date("2017-11-16T14:15+0000"));
    assertEquals("2023-03-09T21:13:56Z", date("2023-03-09T21:13:56.532072Z EST"));
    assertEquals("2016-02-01T01:28:49", date("2016-02-01 01:28:49"));
    assertEquals("2020-11-11T12:00:00-06:00", date("2020-11-11 12:00:00.000-0600"));
    assertEquals("2023-12-20T20:41:43", date("12/20/2023 20:41:43"));
    assertEquals("2023-12-21T15:00:50", date("12/21/2023 3:00:50 PM"));
    assertEquals(
        "2019-11-19T03:05:46Z",
        date("Tue Nov 19 2019 03:05:46 GMT+0000 (Coordinated Universal Time)"));
    assertEquals("2023-11-14T22:13:20Z", date("1700000000"));
    assertEquals("2023-11-14T22:13:20Z", date("1700000000000"));
    assertEquals("2024-02-14", date("2024-02-14"));
  }

  @Test
  public void freeTextDatesGoThroughTheDateParser() {
    assertEquals("2019-11-19T19:47:00-05:00", date("November 19, 2019, 07:47 PM EST"));
  }

  @Test
  public void theDatelinesDayWinsOverStructuredDataUnlessItIsAnUpdates() {
    Metadata structured =
        Metadata.fetchedFrom("https://www.cbc.ca/news/a-1.7065052", "2024-02-01T00:00:00Z")
            .withPublished("2024-01-02T15:04:07Z");
    // The structured date is the last edit's; the dateline shows when the story was posted.
    assertEquals(
        "2023-12-22T08:25:00-05:00",
        normalizer
            .normalize(
                structured.withDateline(
                    "Posted: Dec 22, 2023 8:25 AM EST | Last Updated: January 2"),
                null)
            .published());
    // A page without structured dates takes its dateline's ("Dec 18, 2023 3 min read").
    assertEquals(
        "2023-12-18",
        normalizer
            .normalize(
                Metadata.fetchedFrom(null, "2024-02-01T00:00:00Z")
                    .withDateline("Dec 18, 2023 3 min read"),
                null)
            .published());
    // An update's date, or the same day, leaves the structured value.
    assertEquals(
        "2024-01-02T15:04:07Z",
        normalizer
            .normalize(structured.withDateline("Updated Dec. 23, 2023, 7:58 AM UTC"), null)
            .published());
    assertEquals(
        "2024-01-02T15:04:07Z",
        normalizer.normalize(structured.withDateline("January 2, 2024"), null).published());
    // A dateline that names no date, or one after the fetch.
    assertEquals(
        "2024-01-02T15:04:07Z",
        normalizer.normalize(structured.withDateline("3 min read"), null).published());
    assertEquals(
        "2024-01-02T15:04:07Z",
        normalizer.normalize(structured.withDateline("March 3, 2024"), null).published());
  }

  @Test
  public void impossibleDatesAreDropped() {
    assertNull(date("1970-01-01T00:00:00Z")); // before the web
    assertNull(date("2031-05-01")); // after the fetch
    assertNull(date("2022-02-112023-05-08")); // two dates run together
    assertNull(date("next Tuesday"));
  }

  @Test
  public void urlDateIsTheLastFallback() {
    assertEquals(
        Optional.of("2023-12-12"),
        DateNormalizer.fromUrl(
            "https://www.thecrimson.com/article/2023/12/12/fried-free-speech/", null));
    assertEquals(
        Optional.of("2023-12-21"),
        DateNormalizer.fromUrl(
            "http://www.politifact.com/article/2023/dec/21/robert-f-kennedy/", null));
    assertEquals(
        Optional.empty(),
        DateNormalizer.fromUrl("https://www.space.com/38901-celestron-deals.html", null));
    Metadata m =
        Metadata.fetchedFrom("https://www.cnbc.com/2023/12/22/uk-inches-closer.html", null);
    assertEquals("2023-12-22", normalizer.normalize(m, null).published());
    assertEquals("2023-12-20", normalizer.normalize(m, "Wednesday, December 20, 2023").published());
  }

  @Test
  public void siteIsTheRegistrableDomain() {
    Metadata m =
        new Metadata(
            null,
            List.of(),
            null,
            "BBC News",
            "https://www.bbc.co.uk/news/world-123",
            null,
            null,
            null,
            null,
            null);
    assertEquals("bbc.co.uk", normalizer.normalize(m, null).site());
    Metadata noUrl =
        new Metadata(null, List.of(), null, "edition.cnn.com", null, null, null, null, null, null);
    assertEquals("cnn.com", normalizer.normalize(noUrl, null).site());
  }

  @Test
  public void aMediaLabelAfterTheHeadlineIsNotPartOfTheTitle() {
    for (String raw :
        new String[] {
          "NASA laser-beams adorable cat video to Earth from 19 million miles away (video)",
          "NASA laser-beams adorable cat video to Earth from 19 million miles away [Watch]"
        }) {
      assertEquals(
          "NASA laser-beams adorable cat video to Earth from 19 million miles away",
          normalizer.normalize(Metadata.EMPTY.withTitle(raw), null).title());
    }
    // Brackets that are part of the headline stay.
    String kept = "The best laptops of 2024 (so far)";
    assertEquals(kept, normalizer.normalize(Metadata.EMPTY.withTitle(kept), null).title());
  }

  @Test
  public void titlesHaveEntitiesDecoded() {
    Metadata m =
        Metadata.EMPTY.withTitle(
            "Brussels&#8217; big makeover &amp; more&nbsp; &amp;#8216;twice&amp;#8217;");
    assertEquals("Brussels’ big makeover & more ‘twice’", normalizer.normalize(m, null).title());
  }

  @Test
  public void authorsAreCleaned() {
    Set<String> site = Set.of("clevelandcom", "cleveland");
    assertEquals(
        List.of("Terry Pluto"), AuthorNames.clean(List.of("Terry Pluto, cleveland.com"), site));
    assertEquals(
        List.of("Shakiel Mahjouri"),
        AuthorNames.clean(
            List.of("Shakiel Mahjouri Feb 6", "2024 at 12:55 pm ET • 1 min read"), site));
    assertEquals(
        List.of("Will Macmaster"),
        AuthorNames.clean(List.of("View all posts by Will Macmaster"), site));
    assertEquals(
        List.of("Daniel Tannenbaum"),
        AuthorNames.clean(List.of("Daniel Tannenbaum | Sponsored"), site));
    assertEquals(
        List.of("Najib Jobain"),
        AuthorNames.clean(List.of("Najib Jobain", "Associated Press"), site));
    assertEquals(List.of("Associated Press"), AuthorNames.clean(List.of("Associated Press"), site));
    assertEquals(
        List.of(),
        AuthorNames.clean(
            List.of("MLSsoccer staff", "https://example.com/author/x", ", The Daily Journal"),
            site));
    assertEquals(
        List.of("Martin Untersinger", "Damien Leloup", "Morgane Tual"),
        AuthorNames.clean(
            List.of("Martin Untersinger (avec Damien Leloup et Morgane Tual)"), site));
    assertEquals(
        List.of("Kourtney Kardashian"),
        AuthorNames.clean(List.of("Kourtney Kardashian", "kourtney kardashian"), site));
  }

  @Test
  public void theOutletAfterANameAndAJobWithoutOneAreNoAuthors() {
    Set<String> site = Set.of();
    assertEquals(
        List.of("Michael Ruiz"), AuthorNames.clean(List.of("Michael Ruiz Fox News"), site));
    assertEquals(
        List.of("Janelle Ash"), AuthorNames.clean(List.of("Janelle Ash FOXBusiness"), site));
    assertEquals(
        List.of("JR Raphael"),
        AuthorNames.clean(List.of("JR Raphael", "Contributing Editor"), site));
    // An outlet's own name stays whole (an organisation, kept when no person is named).
    assertEquals(
        List.of("The Weather Channel"), AuthorNames.clean(List.of("The Weather Channel"), site));
    assertEquals(
        List.of("Ronald James McDonald"),
        AuthorNames.clean(List.of("Ronald James McDonald"), site));
  }

  @Test
  public void whatABylineGluesAfterTheNameIsCutOff() {
    Set<String> site = Set.of("example");
    assertEquals(
        List.of("Courtney Carr"),
        AuthorNames.clean(List.of("Courtney Carr Courtney CarrPublished December 21, 2023"), site));
    assertEquals(
        List.of("Will Macmaster"), AuthorNames.clean(List.of("Will Macmaster Editor"), site));
    assertEquals(
        List.of("Ana Lima"), AuthorNames.clean(List.of("Ana Lima Senior Staff Writer"), site));
    assertEquals(
        List.of("John O'Connor"),
        AuthorNames.clean(List.of("John O'Connor The Associated Press"), site));
    assertEquals(List.of(), AuthorNames.clean(List.of("Dec"), site));
    assertEquals(List.of(), AuthorNames.clean(List.of("Contributing Opinion Writer"), site));
    // Two-word names and single handles stay as they are.
    assertEquals(List.of("Jane Editor"), AuthorNames.clean(List.of("Jane Editor"), site));
    assertEquals(List.of("MrAJCosplay"), AuthorNames.clean(List.of("MrAJCosplay"), site));
  }

  @Test
  public void languageIsBcp47() {
    assertEquals("en-GB", MetadataNormalizer.language("en_gb"));
    assertEquals("zh-Hant-TW", MetadataNormalizer.language("zh-hant-tw"));
    assertNull(MetadataNormalizer.language("English (US)"));
  }
}
