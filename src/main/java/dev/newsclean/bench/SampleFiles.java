package dev.newsclean.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Valid files of every kind newsclean reads, built in memory from a title and paragraphs (with the
 * libraries that read them: POI, PDFBox, jwarc): the seeds of the hostile corpus and of the tests'
 * fixtures.
 */
public final class SampleFiles {

  private SampleFiles() {}

  public static byte[] html(String title, List<String> paragraphs) {
    StringBuilder body = new StringBuilder();
    for (String p : paragraphs) {
      body.append("<p>").append(p).append("</p>");
    }
    return ("<!DOCTYPE html><html lang=en><head><title>"
            + title
            + "</title></head><body><nav><a href=/>Home</a></nav><article>"
            + body
            + "</article></body></html>")
        .getBytes(StandardCharsets.UTF_8);
  }

  public static byte[] gzip(byte[] content) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  public static byte[] docx(String title, String author, List<String> paragraphs)
      throws IOException {
    try (XWPFDocument doc = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      doc.getProperties().getCoreProperties().setTitle(title);
      doc.getProperties().getCoreProperties().setCreator(author);
      for (String p : paragraphs) {
        doc.createParagraph().createRun().setText(p);
      }
      doc.write(out);
      return out.toByteArray();
    }
  }

  /** A one-page PDF, each line as a line of Helvetica (so only Latin-1 characters). */
  public static byte[] pdf(String title, List<String> lines) throws IOException {
    try (PDDocument doc = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
        content.beginText();
        content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 9);
        content.newLineAtOffset(40, 740);
        for (String line : lines) {
          content.showText(line);
          content.newLineAtOffset(0, -30);
        }
        content.endText();
      }
      doc.getDocumentInformation().setTitle(title);
      doc.save(out);
      return out.toByteArray();
    }
  }

  public static byte[] rtf(List<String> paragraphs) {
    StringBuilder rtf = new StringBuilder("{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Times;}}\\f0 ");
    for (String p : paragraphs) {
      rtf.append(p).append("\\par\n");
    }
    return rtf.append("}").toString().getBytes(StandardCharsets.US_ASCII);
  }

  /** A WARC with a request, an HTML response, an image response and a text response. */
  public static byte[] warc(boolean gzip, byte[] html, String text) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (WarcWriter writer =
        new WarcWriter(
            Channels.newChannel(out), gzip ? WarcCompression.GZIP : WarcCompression.NONE)) {
      Instant date = Instant.parse("2024-03-05T10:00:00Z");
      writer.write(
          new WarcRequest.Builder(URI.create("https://example.com/buses"))
              .date(date)
              .body(new HttpRequest.Builder("GET", "/buses").build())
              .build());
      writer.write(
          new WarcResponse.Builder(URI.create("https://example.com/buses"))
              .date(date)
              .body(
                  new HttpResponse.Builder(200, "OK")
                      .body(MediaType.parse("text/html; charset=utf-8"), html)
                      .build())
              .build());
      writer.write(
          new WarcResponse.Builder(URI.create("https://example.com/logo.png"))
              .date(date)
              .body(
                  new HttpResponse.Builder(200, "OK")
                      .body(MediaType.parse("image/png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'})
                      .build())
              .build());
      writer.write(
          new WarcResponse.Builder(URI.create("https://example.com/notes.txt"))
              .date(date)
              .body(
                  new HttpResponse.Builder(200, "OK")
                      .body(MediaType.parse("text/plain"), text.getBytes(StandardCharsets.UTF_8))
                      .build())
              .build());
    }
    return out.toByteArray();
  }

  /** JSON Lines, one record per text, with a URL each. */
  public static byte[] jsonl(List<String> texts) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < texts.size(); i++) {
      out.append("{\"url\": \"https://example.com/j")
          .append(i)
          .append("\", \"text\": \"")
          .append(texts.get(i).replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n"))
          .append("\"}\n");
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }
}
