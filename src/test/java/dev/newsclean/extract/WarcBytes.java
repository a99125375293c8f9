package dev.newsclean.extract;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** WARC records built byte by byte, as real crawls write them, for tests. */
final class WarcBytes {

  private WarcBytes() {}

  /** One WARC record: its type, id, date, target, content type and block. */
  static byte[] record(
      String type, String id, String date, String target, String contentType, byte[] block) {
    StringBuilder head =
        new StringBuilder(
            "WARC/1.0\r\nWARC-Type: " + type + "\r\nWARC-Record-ID: <urn:uuid:" + id + ">\r\n");
    if (date != null) {
      head.append("WARC-Date: ").append(date).append("\r\n");
    }
    head.append("WARC-Target-URI: ").append(target).append("\r\n");
    head.append("Content-Type: ").append(contentType).append("\r\n");
    head.append("Content-Length: ").append(block.length).append("\r\n\r\n");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(head.toString().getBytes(StandardCharsets.ISO_8859_1));
    out.writeBytes(block);
    out.writeBytes("\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
    return out.toByteArray();
  }

  static byte[] response(String id, String date, String target, String httpHead, byte[] body) {
    ByteArrayOutputStream block = new ByteArrayOutputStream();
    block.writeBytes(
        ("HTTP/1.1 200 OK\r\n" + httpHead + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
    block.writeBytes(body);
    return record(
        "response", id, date, target, "application/http; msgtype=response", block.toByteArray());
  }

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
