package dev.newsclean.clean;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

public class TextNormalizerTest {

  private final TextNormalizer normalizer = TextNormalizer.standard();

  @Test
  public void collapsesRunsOfSpacesAndTrimsLines() {
    assertEquals("a b c", normalizer.normalizeLine("  a   b \t c  "));
  }

  @Test
  public void turnsNonBreakingAndOtherUnicodeSpacesIntoSpaces() {
    assertEquals("a b c d", normalizer.normalizeLine("a\u00A0b\u2009c\u202Fd"));
  }

  @Test
  public void removesZeroWidthSoftHyphenAndBom() {
    assertEquals("newsroom", normalizer.normalizeLine("\uFEFFnews\u200Bro\u00ADom\u2060"));
  }

  @Test
  public void keepsZeroWidthJoinerWhichChangesHowScriptsRead() {
    assertEquals("می\u200Cخواهم", normalizer.normalizeLine("می\u200Cخواهم"));
  }

  @Test
  public void removesControlCharacters() {
    assertEquals("ab", normalizer.normalizeLine("a\u0007\u0000b"));
  }

  @Test
  public void decodesHtmlEntitiesLeftInText() {
    assertEquals(
        "Tom & Jerry say “hi” — 5 > 3",
        normalizer.normalizeLine("Tom &amp; Jerry say &ldquo;hi&rdquo; &mdash; 5 &gt; 3"));
  }

  @Test
  public void decodesNumericEntities() {
    assertEquals("café é", normalizer.normalizeLine("caf&#233; &#xE9;"));
  }

  @Test
  public void leavesAmpersandsThatAreNotEntities() {
    assertEquals("AT&T and R&D", normalizer.normalizeLine("AT&T and R&D"));
  }

  @Test
  public void composesToNfc() {
    assertEquals("é", normalizer.normalizeLine("e\u0301"));
  }

  @Test
  public void turnsCrlfAndCrIntoLf() {
    assertEquals("a\nb\nc", normalizer.normalize("a\r\nb\rc"));
  }

  @Test
  public void keepsTypographyByDefault() {
    assertEquals("“Yes” – it’s…", normalizer.normalizeLine("“Yes” – it’s…"));
  }

  @Test
  public void foldsTypographyToAsciiWhenAsked() {
    assertEquals("\"Yes\" - it's...", new TextNormalizer(true).normalizeLine("“Yes” – it’s…"));
  }

  @Test
  public void isDeterministic() {
    String input = "  Ünïcödé\u00A0text &amp; more\u200B ";
    assertEquals(normalizer.normalizeLine(input), normalizer.normalizeLine(input));
  }
}
