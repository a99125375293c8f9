package dev.newsclean.clean;

import java.util.List;

/**
 * Named presets of rule chains, in the order they run: phrase rules first (cheap and certain), then
 * the structural rules that move metadata, then what the site repeats on its other pages ({@link
 * SiteTemplateRule}, when a template was learned), then the general line classifier, then the title
 * finder (which needs to know where the article starts).
 */
public final class Rules {

  private Rules() {}

  /** The default chain for news pages, reading its phrase lists from {@code book}. */
  public static List<Rule> newsDefault(RuleBook book) {
    return List.of(
        new PhraseRule("ad.marker", book.phrases("ad.marker")),
        new PhraseRule("comments.widget", book.phrases("comments.widget")),
        new PhraseRule("links.related", book.phrases("links.related")),
        new PhraseRule("links.footer", book.phrases("links.footer")),
        new PhraseRule("share.social", book.phrases("share.social")),
        new PhraseRule("reading.time", book.phrases("reading.time")),
        new PhraseRule("newsletter.signup", book.phrases("newsletter.signup")),
        new PhraseRule("cookie.notice", book.phrases("cookie.notice")),
        new TeaserRule(book.phrases("teaser.read_more")),
        new CreditRule(book.phrases("credit.wire")),
        new PhraseRule("image.credit", book.phrases("image.credit")),
        new BreadcrumbRule(book.phrases("nav.breadcrumb")),
        new BylineRule(),
        new PageDateRule(),
        new NameAboveDateRule(),
        new TagsLineRule(book.phrases("tags.line")),
        new PhraseRule("legal.footer", book.phrases("legal.footer")),
        new LineClassifier(),
        new CommentsSectionRule(),
        new TeaserListRule(),
        new SiteTemplateRule(),
        new TitleRule());
  }
}
