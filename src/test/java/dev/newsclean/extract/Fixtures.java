package dev.newsclean.extract;

import dev.newsclean.bench.SampleFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Builds small documents of every supported format in memory, so no binary fixture is committed.
 */
public final class Fixtures {

  public static final String P1 =
      "The city council voted on Tuesday to expand the bus network, adding twelve new routes that will serve the northern suburbs, the airport and the university.";
  public static final String P2 =
      "Officials said the first routes would open in the spring, and that fares would stay the same for at least two years, despite the rising cost of fuel.";

  private Fixtures() {}

  public static String html(String title) {
    return "<!DOCTYPE html><html lang=en><head><title>"
        + title
        + "</title></head><body><nav><a href=/>Home</a></nav><article><p>"
        + P1
        + "</p><p>"
        + P2
        + "</p></article></body></html>";
  }

  public static byte[] gzip(byte[] content) {
    return SampleFiles.gzip(content);
  }

  public static byte[] docx(String... paragraphs) throws IOException {
    return SampleFiles.docx("Buses for the suburbs", "Ana Lima", List.of(paragraphs));
  }

  public static byte[] pdf(String... lines) throws IOException {
    return SampleFiles.pdf("Buses for the suburbs", List.of(lines));
  }

  public static byte[] rtf(String... paragraphs) {
    return SampleFiles.rtf(List.of(paragraphs));
  }

  /** An EPUB: a zip with the mimetype first, a container, an OPF and one XHTML chapter. */
  public static byte[] epub(String... paragraphs) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      putStored(zip, "mimetype", "application/epub+zip");
      put(
          zip,
          "META-INF/container.xml",
          "<?xml version=\"1.0\"?><container version=\"1.0\" xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\"><rootfiles><rootfile full-path=\"content.opf\" media-type=\"application/oebps-package+xml\"/></rootfiles></container>");
      put(
          zip,
          "content.opf",
          "<?xml version=\"1.0\"?><package xmlns=\"http://www.idpf.org/2007/opf\" version=\"2.0\" unique-identifier=\"id\"><metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>Buses for the suburbs</dc:title><dc:identifier id=\"id\">x</dc:identifier></metadata><manifest><item id=\"c1\" href=\"c1.xhtml\" media-type=\"application/xhtml+xml\"/></manifest><spine><itemref idref=\"c1\"/></spine></package>");
      StringBuilder body = new StringBuilder();
      for (String p : paragraphs) {
        body.append("<p>").append(p).append("</p>");
      }
      put(
          zip,
          "c1.xhtml",
          "<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>c1</title></head><body>"
              + body
              + "</body></html>");
    }
    return out.toByteArray();
  }

  /** An OpenDocument text: a zip with the mimetype first, a manifest and content.xml. */
  public static byte[] odt(String... paragraphs) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      putStored(zip, "mimetype", "application/vnd.oasis.opendocument.text");
      put(
          zip,
          "META-INF/manifest.xml",
          "<?xml version=\"1.0\"?><manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\">"
              + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
              + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/></manifest:manifest>");
      StringBuilder body = new StringBuilder();
      for (String p : paragraphs) {
        body.append("<text:p>").append(p).append("</text:p>");
      }
      put(
          zip,
          "content.xml",
          "<?xml version=\"1.0\"?><office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
              + "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.2\"><office:body><office:text>"
              + body
              + "</office:text></office:body></office:document-content>");
    }
    return out.toByteArray();
  }

  /** An uncompressed entry, as the {@code mimetype} entry of EPUB and OpenDocument must be. */
  private static void putStored(ZipOutputStream zip, String name, String content)
      throws IOException {
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
    return SampleFiles.warc(
        gzip,
        html("Council expands the bus network to the airport | Example")
            .getBytes(StandardCharsets.UTF_8),
        P1 + "\n" + P2 + "\n");
  }

  /**
   * A line a site prints on every page that no phrase rule knows: only what the site repeats can
   * tell.
   */
  public static final String SITE_LINE =
      "The Northern Valley Gazette is published every morning by the Valley Media Group.";

  private static final String[] TOWNS = {
    "Ashford",
    "Brimley",
    "Carrow",
    "Dunmore",
    "Eastleigh",
    "Fenwick",
    "Glenrothes",
    "Harwick",
    "Inverbay",
    "Jarrow"
  };

  /**
   * Page {@code i} of a site: three paragraphs of its own (about town {@code i}), the site's {@link
   * #SITE_LINE} as a footer. No two pages share an article line.
   */
  public static String sitePage(int i) {
    String town = TOWNS[i % TOWNS.length] + (i >= TOWNS.length ? " " + (i / TOWNS.length + 1) : "");
    return "The council of "
        + town
        + " voted on Tuesday to expand the bus network, adding new routes that will serve the suburbs and the station.\n\n"
        + "Officials in "
        + town
        + " said the first routes would open in the spring, and that fares would stay the same for at least two years.\n\n"
        + "Residents of "
        + town
        + " who spoke to the paper welcomed the plan, although some asked why their own street had been left out of it.\n\n"
        + SITE_LINE
        + "\n";
  }
}
