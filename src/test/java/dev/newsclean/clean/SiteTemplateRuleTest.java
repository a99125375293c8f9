package dev.newsclean.clean;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import dev.newsclean.clean.rules.SiteTemplateRule;
import dev.newsclean.extract.Fixtures;
import dev.newsclean.model.Block;
import dev.newsclean.model.Cleaned;
import dev.newsclean.model.Document;
import dev.newsclean.model.Metadata;
import dev.newsclean.model.Removal;
import java.util.ArrayList;
import java.util.List;
import org.junit.Test;

public class SiteTemplateRuleTest {

  private final DocumentCleaner cleaner = DocumentCleaner.newsDefault();

  private static Document text(String source, String text) {
    List<Block> blocks = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      blocks.add(Block.line(lines[i], i + 1));
    }
    return new Document(source, "text", blocks, Metadata.EMPTY, lines.length);
  }

  private SiteLines learn(List<Document> pages) {
    SiteLines lines = new SiteLines();
    pages.forEach(p -> lines.addPage(cleaner.lineHashes(p)));
    return lines;
  }

  private static List<Document> site(int pages) {
    List<Document> docs = new ArrayList<>();
    for (int i = 0; i < pages; i++) {
      docs.add(text("example.com/" + i + ".txt", Fixtures.sitePage(i)));
    }
    return docs;
  }

  @Test
  public void withoutATemplateTheSiteLineLooksLikeProseAndStays() {
    Cleaned alone = cleaner.clean(site(1).get(0));
    assertTrue(alone.article().text().contains(Fixtures.SITE_LINE));
  }

  @Test
  public void aLineOnEveryPageOfTheSiteGoesWithItsEvidence() {
    List<Document> pages = site(5);
    SiteTemplate template = learn(pages).template("example.com");
    for (Document page : pages) {
      Cleaned cleaned = cleaner.clean(page, template);
      assertFalse(cleaned.article().text().contains(Fixtures.SITE_LINE));
      assertEquals("the article stays whole", 3, cleaned.article().paragraphs());
      Removal removal =
          cleaned.removed().stream()
              .filter(r -> r.rule().equals(SiteTemplateRule.ID))
              .findFirst()
              .orElseThrow();
      assertEquals(Fixtures.SITE_LINE, removal.text());
      assertEquals("seen on 20%+ of the pages of example.com", removal.evidence());
    }
  }

  @Test
  public void aSiteOfTwoPagesProvesNothing() {
    List<Document> pages = site(2);
    SiteTemplate template = learn(pages).template("example.com");
    assertTrue(cleaner.clean(pages.get(0), template).article().text().contains(Fixtures.SITE_LINE));
  }

  @Test
  public void aStoryRepublishedOnSeveralPagesOfTheSiteKeepsItsText() {
    List<Document> pages = new ArrayList<>(site(8));
    // The same wire story three times (under other names): its lines are on 3 of 11 pages.
    for (int i = 0; i < 3; i++) {
      pages.add(text("example.com/wire-" + i + ".txt", Fixtures.sitePage(42)));
    }
    SiteTemplate template = learn(pages).template("example.com");
    Cleaned copy = cleaner.clean(pages.get(pages.size() - 1), template);
    assertEquals("the story's three paragraphs stay", 3, copy.article().paragraphs());
    assertFalse(
        "the site's own line still goes", copy.article().text().contains(Fixtures.SITE_LINE));
  }

  @Test
  public void linesAreComparedWithoutCaseDigitsOrPunctuation() {
    assertEquals(
        SiteLines.hash("Updated 12:30, 4 May 2021"), SiteLines.hash("updated 09:15 - 7 May 2023"));
    assertTrue(SiteLines.hash("Share this story") != SiteLines.hash("Share this page"));
    assertEquals(0, SiteLines.hash("— | —"));
  }

  @Test
  public void earlierRunsCountHalfSoARedesignIsLearnedAgain() {
    SiteLines old = learn(site(10));
    SiteLines aged = old.aged();
    assertEquals(5.0, aged.pages(), 0);
    assertEquals(5.0, aged.count(SiteLines.hash(Fixtures.SITE_LINE)), 0);
    // A redesign: ten new pages without the old footer. The old line falls under the share.
    List<Document> redesigned = new ArrayList<>();
    for (int i = 10; i < 20; i++) {
      redesigned.add(
          text("example.com/" + i + ".txt", Fixtures.sitePage(i).replace(Fixtures.SITE_LINE, "")));
    }
    SiteLines now = learn(redesigned).merge(aged.aged());
    assertTrue(now.template("example.com").lines().get(SiteLines.hash(Fixtures.SITE_LINE)) == null);
  }

  @Test
  public void aSiteWithManyDistinctLinesStaysBounded() {
    SiteLines lines = new SiteLines();
    for (int page = 0; page < 50; page++) {
      java.util.Set<Long> hashes = new java.util.HashSet<>();
      for (int i = 0; i < 2_000; i++) {
        hashes.add((long) page * 1_000_000 + i + 1);
      }
      hashes.add(-7L);
      lines.addPage(hashes);
    }
    assertTrue(lines.counts().size() <= 2 * SiteLines.MAX_LINES);
    assertEquals("the line on every page survives pruning", 50.0, lines.count(-7L), 0);
  }

  @Test
  public void theDigestChangesWhenAndOnlyWhenThePageWouldBeCleanedDifferently() {
    List<Document> pages = site(8);
    Document page = pages.get(0);
    java.util.Set<Long> hashes = cleaner.lineHashes(page);
    SiteTemplate eight = learn(pages).template("example.com");
    List<Document> more = new ArrayList<>(pages);
    more.add(text("example.com/8.txt", Fixtures.sitePage(8)));
    SiteTemplate nine = learn(more).template("example.com");
    assertEquals(
        "another page with the same footer: nothing this page has is judged differently",
        eight.digest(hashes),
        nine.digest(hashes));
    assertEquals(cleaner.clean(page, eight).removed(), cleaner.clean(page, nine).removed());

    List<Document> two = site(2);
    SiteTemplate tooFew = learn(two).template("example.com");
    SiteTemplate three = learn(site(3)).template("example.com");
    java.util.Set<Long> first = cleaner.lineHashes(two.get(0));
    assertTrue(
        "a third page makes the footer template", tooFew.digest(first) != three.digest(first));
    assertTrue(
        !cleaner
            .clean(two.get(0), tooFew)
            .removed()
            .equals(cleaner.clean(two.get(0), three).removed()));
    assertTrue(
        "another site, another digest",
        three.digest(first) != learn(site(3)).template("example.org").digest(first));
  }
}
