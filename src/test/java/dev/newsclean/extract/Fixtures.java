package dev.newsclean.extract;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
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

/** Builds small documents of every supported format in memory, so no binary fixture is committed. */
public final class Fixtures {

  public static final String P1 =
      "The city council voted on Tuesday to expand the bus network, adding twelve new routes that will serve the northern suburbs, the airport and the university.";
  public static final String P2 =
      "Officials said the first routes would open in the spring, and that fares would stay the same for at least two years, despite the rising cost of fuel.";

  private Fixtures() {}

  public static String html(String title) {
    return "<!DOCTYPE html><html lang=en><head><title>" + title + "</title></head><body><nav><a href=/>Home</a></nav><article><p>"
        + P1 + "</p><p>" + P2 + "</p></article></body></html>";
  }

  public static byte[] gzip(byte[] content) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(content);
    }
    return out.toByteArray();
  }

  public static byte[] docx(String... paragraphs) throws IOException {
    try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      doc.getProperties().getCoreProperties().setTitle("Buses for the suburbs");
      doc.getProperties().getCoreProperties().setCreator("Ana Lima");
      for (String p : paragraphs) {
        doc.createParagraph().createRun().setText(p);
      }
      doc.write(out);
      return out.toByteArray();
    }
  }

  public static byte[] pdf(String... lines) throws IOException {
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
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
      doc.getDocumentInformation().setTitle("Buses for the suburbs");
      doc.save(out);
      return out.toByteArray();
    }
  }

  public static byte[] rtf(String... paragraphs) {
    StringBuilder rtf = new StringBuilder("{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Times;}}\\f0 ");
    for (String p : paragraphs) {
      rtf.append(p).append("\\par\n");
    }
    return rtf.append("}").toString().getBytes(StandardCharsets.US_ASCII);
  }

  /** An EPUB: a zip with the mimetype first, a container, an OPF and one XHTML chapter. */
  public static byte[] epub(String... paragraphs) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      putStored(zip, "mimetype", "application/epub+zip");
      put(zip, "META-INF/container.xml", "<?xml version=\"1.0\"?><container version=\"1.0\" xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\"><rootfiles><rootfile full-path=\"content.opf\" media-type=\"application/oebps-package+xml\"/></rootfiles></container>");
      put(zip, "content.opf", "<?xml version=\"1.0\"?><package xmlns=\"http://www.idpf.org/2007/opf\" version=\"2.0\" unique-identifier=\"id\"><metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>Buses for the suburbs</dc:title><dc:identifier id=\"id\">x</dc:identifier></metadata><manifest><item id=\"c1\" href=\"c1.xhtml\" media-type=\"application/xhtml+xml\"/></manifest><spine><itemref idref=\"c1\"/></spine></package>");
      StringBuilder body = new StringBuilder();
      for (String p : paragraphs) {
        body.append("<p>").append(p).append("</p>");
      }
      put(zip, "c1.xhtml", "<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>c1</title></head><body>" + body + "</body></html>");
    }
    return out.toByteArray();
  }

  /** An OpenDocument text: a zip with the mimetype first, a manifest and content.xml. */
  public static byte[] odt(String... paragraphs) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      putStored(zip, "mimetype", "application/vnd.oasis.opendocument.text");
      put(zip, "META-INF/manifest.xml", "<?xml version=\"1.0\"?><manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\">"
          + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
          + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/></manifest:manifest>");
      StringBuilder body = new StringBuilder();
      for (String p : paragraphs) {
        body.append("<text:p>").append(p).append("</text:p>");
      }
      put(zip, "content.xml", "<?xml version=\"1.0\"?><office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
          + "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.2\"><office:body><office:text>" + body
          + "</office:text></office:body></office:document-content>");
    }
    return out.toByteArray();
  }

  /** An uncompressed entry, as the {@code mimetype} entry of EPUB and OpenDocument must be. */
  private static void putStored(ZipOutputStream zip, String name, String content) throws IOException {
    byte[] bytes = content.getBytes(StandardCharsets.US_ASCII);
    ZipEntry entry = new ZipEntry(name);
    entry.setMethod(ZipEntry.STORED);
    entry.setSize(bytes.length);
    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
    crc.update(bytes);
    entry.setCrc(crc.getValue());
    zip.putNextEntry(entry);
    zip.write(bytes);
  }

  private static void put(ZipOutputStream zip, String name, String content) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(content.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }

  /** A WARC with a request, an HTML response, an image response and a text response. */
  public static byte[] warc(boolean gzip) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (WarcWriter writer = new WarcWriter(Channels.newChannel(out), gzip ? WarcCompression.GZIP : WarcCompression.NONE)) {
      Instant date = Instant.parse("2024-03-05T10:00:00Z");
      writer.write(new WarcRequest.Builder(URI.create("https://example.com/buses")).date(date)
          .body(new HttpRequest.Builder("GET", "/buses").build()).build());
      writer.write(new WarcResponse.Builder(URI.create("https://example.com/buses")).date(date)
          .body(new HttpResponse.Builder(200, "OK").body(MediaType.parse("text/html; charset=utf-8"),
              html("Council expands the bus network to the airport | Example").getBytes(StandardCharsets.UTF_8)).build()).build());
      writer.write(new WarcResponse.Builder(URI.create("https://example.com/logo.png")).date(date)
          .body(new HttpResponse.Builder(200, "OK").body(MediaType.parse("image/png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'}).build()).build());
      writer.write(new WarcResponse.Builder(URI.create("https://example.com/notes.txt")).date(date)
          .body(new HttpResponse.Builder(200, "OK").body(MediaType.parse("text/plain"), (P1 + "\n" + P2 + "\n").getBytes(StandardCharsets.UTF_8)).build()).build());
    }
    return out.toByteArray();
  }

  /** A line a site prints on every page that no phrase rule knows: only what the site repeats can tell. */
  public static final String SITE_LINE = "The Northern Valley Gazette is published every morning by the Valley Media Group.";

  private static final String[] TOWNS = {"Ashford", "Brimley", "Carrow", "Dunmore", "Eastleigh", "Fenwick", "Glenrothes", "Harwick", "Inverbay", "Jarrow"};

  /**
   * Page {@code i} of a site: three paragraphs of its own (about town {@code i}), the site's
   * {@link #SITE_LINE} as a footer. No two pages share an article line.
   */
  public static String sitePage(int i) {
    String town = TOWNS[i % TOWNS.length] + (i >= TOWNS.length ? " " + (i / TOWNS.length + 1) : "");
    return "The council of " + town + " voted on Tuesday to expand the bus network, adding new routes that will serve the suburbs and the station.\n\n"
        + "Officials in " + town + " said the first routes would open in the spring, and that fares would stay the same for at least two years.\n\n"
        + "Residents of " + town + " who spoke to the paper welcomed the plan, although some asked why their own street had been left out of it.\n\n"
        + SITE_LINE + "\n";
  }
}
