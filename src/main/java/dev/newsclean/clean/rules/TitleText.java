package dev.newsclean.clean.rules;

/** A plain-text headline line's own furniture: a breadcrumb path before it, the site after it. */
public final class TitleText {

  /** A headline has at least this many words. */
  private static final int MIN_WORDS = 3;

  private TitleText() {}

  /**
   * The headline without a breadcrumb path printed before it on the same line ("News / India News /
   * 'No need to panic'..."): the last segment, when every segment before it is a short section
   * name.
   */
  public static String withoutPath(String text) {
    String[] parts = text.split("\\s+[/›»>]\\s+");
    if (parts.length < 2) {
      return text;
    }
    for (int i = 0; i < parts.length - 1; i++) {
      if (parts[i].isBlank() || parts[i].strip().split("\\s+").length > 3) {
        return text;
      }
    }
    String last = parts[parts.length - 1].strip();
    return last.split("\\s+").length >= MIN_WORDS ? last : text;
  }

  /**
   * The headline without the site's name after a bar, as a page's title line prints it ("Like
   * British cheddar? ... | CBC News"): a plain-text dump has no {@code og:site_name} to tell, but a
   * headline itself almost never holds a bar.
   */
  public static String withoutSiteSuffix(String text) {
    int bar = text.lastIndexOf(" | ");
    if (bar < 0) {
      return text;
    }
    String head = text.substring(0, bar).strip();
    String tail = text.substring(bar + 3).strip();
    boolean shortTail = !tail.isEmpty() && tail.split("\\s+").length <= 4;
    return shortTail && head.split("\\s+").length >= MIN_WORDS ? head : text;
  }
}
