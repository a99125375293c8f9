package dev.newsclean.clean.rules;

import dev.newsclean.clean.Line;
import dev.newsclean.clean.Page;
import dev.newsclean.clean.Rule;
import dev.newsclean.clean.RuleIds;
import java.util.List;

/**
 * {@code comments.section}: readers' comments after the article read as prose, so the classifier
 * keeps them. A comment-widget line ({@code comments.widget}: "Sign in to post a comment", "12
 * comments") that stands after most of the article's text marks where the comments begin, and every
 * line still kept after it goes. "Most" is the safeguard: a "Comments" link in the page's header,
 * before the article, cuts nothing; so is {@link #opensSection}. Three buttons of any kind ("Reply"
 * under each comment, "16 comments" under each listed story) after most of the text, or after four
 * of the article's paragraphs, are a thread or a list too: it goes from the first button (the first
 * comment, above it, stays). Plain text only: on HTML pages the DOM step leaves the comment section
 * out.
 */
public final class CommentsSectionRule implements Rule {

  public static final String ID = RuleIds.COMMENTS_SECTION;
  private static final String MARKER = RuleIds.COMMENTS_WIDGET;

  /**
   * This many comment-widget buttons ("Reply", "Like") after most of the article's text are a
   * comment thread, each comment with its button; the thread goes from the first.
   */
  private static final int THREAD_BUTTONS = 3;

  /** Buttons count after this many of the article's paragraphs even when a longer list follows. */
  private static final int THREAD_AFTER_PARAGRAPHS = 4;

  /**
   * A line that opens a comment section ("Post a comment", "Leave a reply", "Comment *"), not a
   * button or a count that may stand anywhere ("Comment", "Reply", "11 Comments").
   */
  static boolean opensSection(String text) {
    String t = text.strip();
    boolean bareWord = t.matches("[\\p{L}]+:?");
    boolean count = t.matches(".*\\d.*");
    return !bareWord && !count;
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public void apply(Page page) {
    if (!page.plainText()) {
      return; // On HTML pages the comment section is left out with the DOM.
    }
    List<Line> lines = page.lines();
    double total = 0;
    for (Line line : lines) {
      if (!line.removed()) {
        total += line.features().length();
      }
    }
    double before = 0;
    int paragraphs = 0;
    int firstButton = -1;
    int buttons = 0;
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      if (!line.removed()) {
        before += line.features().length();
        paragraphs += line.features().paragraph() ? 1 : 0;
        continue;
      }
      if (!MARKER.equals(line.removedBy()) || before == 0) {
        continue;
      }
      boolean afterMost = before > total - before;
      if (afterMost && opensSection(line.text())) {
        removeFrom(page, i + 1);
        return;
      }
      if (afterMost || paragraphs >= THREAD_AFTER_PARAGRAPHS) {
        // "Reply" under one comment after another: a thread, whatever opened it.
        firstButton = firstButton < 0 ? i : firstButton;
        if (++buttons == THREAD_BUTTONS) {
          removeFrom(page, firstButton + 1);
          return;
        }
      }
    }
  }

  private static void removeFrom(Page page, int start) {
    List<Line> lines = page.lines();
    for (int j = start; j < lines.size(); j++) {
      if (!lines.get(j).removed()) {
        page.remove(lines.get(j), ID);
      }
    }
  }
}
