package dev.newsclean.extract;

import static org.junit.Assert.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.Test;

public class ContentSnifferTest {

  private final ContentSniffer sniffer = new ContentSniffer();

  private InputKind kind(String content) throws Exception {
    return sniffer.kind(content.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  public void plainText() throws Exception {
    assertEquals(InputKind.TEXT, kind("Just a line of text.\nAnd another one.\n"));
  }

  @Test
  public void htmlWhateverTheFileIsCalled() throws Exception {
    assertEquals(
        InputKind.HTML,
        kind("<!DOCTYPE html><html><head><title>x</title></head><body><p>Hi</p></body></html>"));
  }

  @Test
  public void htmlStartingWithAComment() throws Exception {
    assertEquals(
        InputKind.HTML,
        kind("<!-- saved by a scraper -->\n<html><body><p>Hello there.</p></body></html>"));
  }

  @Test
  public void jsonLines() throws Exception {
    assertEquals(
        InputKind.JSONL,
        kind(
            "{\"url\": \"https://example.com/a\", \"text\": \"Hello\"}\n{\"url\": \"https://example.com/b\", \"text\": \"Bye\"}\n"));
  }

  @Test
  public void warc() throws Exception {
    assertEquals(
        InputKind.WARC,
        kind("WARC/1.0\r\nWARC-Type: warcinfo\r\nContent-Length: 0\r\n\r\n\r\n\r\n"));
  }

  @Test
  public void pdfGoesToTika() throws Exception {
    assertEquals(InputKind.TIKA, kind("%PDF-1.4\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n"));
  }

  @Test
  public void htmlFragmentSavedFromTheArticleNode() throws Exception {
    assertEquals(
        InputKind.HTML,
        textKind(
            "<div class=\"story\">\n<p>The council met on Tuesday.</p>\n<p>It voted.</p>\n</div>\n"));
  }

  @Test
  public void htmlBehindAWrapperLine() throws Exception {
    assertEquals(
        InputKind.HTML,
        textKind(
            "<text id=\"http://example.com/a\" title=\"A\" encoding=\"unset\">\n<!-- nav -->\n<table><tr><td>Menu</td></tr></table>\n<p>Story.</p>\n"));
  }

  /** What the extractor asks first for content that is plainly text (no Tika). */
  private static InputKind textKind(String content) {
    return ContentSniffer.textKind(content.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  public void textThatMentionsTagsStaysText() throws Exception {
    assertEquals(
        InputKind.TEXT,
        textKind(
            "How to start a page\nWrite <html> and then <body> on the next line, then <p>.\n"));
    assertEquals(InputKind.TEXT, textKind("<3 to everyone who came along\nSee you next year.\n"));
    assertEquals(
        InputKind.TEXT,
        textKind("<Name> is a placeholder in this form letter.\nDear <Name>, thank you.\n"));
  }
}
