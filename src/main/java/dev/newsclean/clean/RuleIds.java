package dev.newsclean.clean;

import java.util.Set;

/**
 * Every rule id newsclean writes into a removal record, in one place (docs/cleaning.md lists what
 * each one removes). The phrase lists of {@code lang/*\/rules.json} are keyed by these ids; a key
 * that is not one of {@link #PHRASE_LISTS} stops the rule book from loading.
 */
public final class RuleIds {

  private RuleIds() {}

  public static final String AD_MARKER = "ad.marker";
  public static final String EMBED_POST = "embed.post";
  public static final String COMMENTS_WIDGET = "comments.widget";
  public static final String COMMENTS_SECTION = "comments.section";
  public static final String LINKS_RELATED = "links.related";
  public static final String LINKS_FOOTER = "links.footer";
  public static final String LINKS_TEASERS = "links.teasers";
  public static final String SHARE_SOCIAL = "share.social";
  public static final String READING_TIME = "reading.time";
  public static final String NEWSLETTER_SIGNUP = "newsletter.signup";
  public static final String COOKIE_NOTICE = "cookie.notice";
  public static final String TEASER_READ_MORE = "teaser.read_more";
  public static final String CREDIT_WIRE = "credit.wire";
  public static final String IMAGE_CREDIT = "image.credit";
  public static final String NAV_BREADCRUMB = "nav.breadcrumb";
  public static final String TAGS_LINE = "tags.line";
  public static final String LEGAL_FOOTER = "legal.footer";
  public static final String BYLINE = "byline";
  public static final String AUTHOR_BIO = "author.bio";
  public static final String PAGE_DATE = "page.date";
  public static final String SITE_TEMPLATE = "site.template";
  public static final String TITLE = "title";
  public static final String TEXT_LINKS = "text.links";
  public static final String TEXT_NOT_PROSE = "text.not_prose";
  public static final String TEXT_SHORT = "text.short";
  public static final String TEXT_OUTSIDE_BODY = "text.outside_body";

  /** The ids that have phrase lists in {@code rules.json}. */
  public static final Set<String> PHRASE_LISTS =
      Set.of(
          AD_MARKER,
          COMMENTS_WIDGET,
          LINKS_RELATED,
          LINKS_FOOTER,
          SHARE_SOCIAL,
          READING_TIME,
          NEWSLETTER_SIGNUP,
          COOKIE_NOTICE,
          TEASER_READ_MORE,
          CREDIT_WIRE,
          IMAGE_CREDIT,
          NAV_BREADCRUMB,
          TAGS_LINE,
          LEGAL_FOOTER);
}
