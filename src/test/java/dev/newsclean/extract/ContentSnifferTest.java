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
    assertEquals(InputKind.HTML, kind("<!DOCTYPE html><html><head><title>x</title></head><body><p>Hi</p></body></html>"));
  }

  @Test
  public void htmlStartingWithAComment() throws Exception {
    assertEquals(InputKind.HTML, kind("<!-- saved by a scraper -->\n<html><body><p>Hello there.</p></body></html>"));
  }

  @Test
  public void jsonLines() throws Exception {
    assertEquals(InputKind.JSONL, kind("{\"url\": \"https://example.com/a\", \"text\": \"Hello\"}\n{\"url\": \"https://example.com/b\", \"text\": \"Bye\"}\n"));
  }

  @Test
  public void warc() throws Exception {
    assertEquals(InputKind.WARC, kind("WARC/1.0\r\nWARC-Type: warcinfo\r\nContent-Length: 0\r\n\r\n\r\n\r\n"));
  }

  @Test
  public void pdfGoesToTika() throws Exception {
    assertEquals(InputKind.TIKA, kind("%PDF-1.4\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n"));
  }
}
