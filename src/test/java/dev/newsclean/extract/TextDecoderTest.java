package dev.newsclean.extract;

import static org.junit.Assert.assertEquals;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.Test;

public class TextDecoderTest {

  private static final String TEXT =
      "Žluťoučký kůň: “quotes” and café — déjà vu, naïve façade, €5, Müller, señor, ≈ 3.";
  private final TextDecoder decoder = new TextDecoder();

  @Test
  public void utf8WithoutBom() {
    assertEquals(TEXT, decoder.decode(TEXT.getBytes(StandardCharsets.UTF_8)).text());
  }

  @Test
  public void utf8BomIsDroppedNotKept() {
    byte[] body = TEXT.getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[body.length + 3];
    bytes[0] = (byte) 0xEF;
    bytes[1] = (byte) 0xBB;
    bytes[2] = (byte) 0xBF;
    System.arraycopy(body, 0, bytes, 3, body.length);
    assertEquals(TEXT, decoder.decode(bytes).text());
  }

  @Test
  public void utf16WithBom() {
    byte[] le = TEXT.getBytes(StandardCharsets.UTF_16LE);
    byte[] bytes = new byte[le.length + 2];
    bytes[0] = (byte) 0xFF;
    bytes[1] = (byte) 0xFE;
    System.arraycopy(le, 0, bytes, 2, le.length);
    assertEquals(TEXT, decoder.decode(bytes).text());
    assertEquals(
        TEXT, decoder.decode(("\uFEFF" + TEXT).getBytes(StandardCharsets.UTF_16BE)).text());
  }

  @Test
  public void windows1252IsDetectedWhenNotUtf8() {
    String text = "The café’s owner said “we will reopen” – and the crowd cheered. ".repeat(20);
    assertEquals(text, decoder.decode(text.getBytes(Charset.forName("windows-1252"))).text());
  }

  @Test
  public void iso88591LatinText() {
    String text = "Le garçon a mangé une crêpe à la terrasse du café près de la gare. ".repeat(20);
    assertEquals(text, decoder.decode(text.getBytes(StandardCharsets.ISO_8859_1)).text());
  }

  @Test
  public void mostlyUtf8WithABrokenCharacterStaysUtf8() {
    byte[] good = TEXT.repeat(5).getBytes(StandardCharsets.UTF_8);
    byte[] bytes = java.util.Arrays.copyOf(good, good.length + 1);
    bytes[bytes.length - 1] = (byte) 0xC3;
    assertEquals(TEXT.repeat(5) + "\uFFFD", decoder.decode(bytes).text());
  }

  @Test
  public void declaredCharsetIsUsedWhenTheBytesAreNotUtf8() {
    String text = "Привет, мир! Новости дня.";
    Charset koi8 = Charset.forName("KOI8-R");
    assertEquals(text, decoder.decode(text.getBytes(koi8), koi8).text());
  }
}
