package dev.newsclean.clean;

import dev.newsclean.clean.rules.AuthorBioRule;
import dev.newsclean.clean.rules.BreadcrumbRule;
import dev.newsclean.clean.rules.BylineRule;
import dev.newsclean.clean.rules.CaptionRule;
import dev.newsclean.clean.rules.CommentsSectionRule;
import dev.newsclean.clean.rules.CreditRule;
import dev.newsclean.clean.rules.EmbeddedPostRule;
import dev.newsclean.clean.rules.LineClassifier;
import dev.newsclean.clean.rules.NameAboveDateRule;
import dev.newsclean.clean.rules.NameBelowHeadlineRule;
import dev.newsclean.clean.rules.PageDateRule;
import dev.newsclean.clean.rules.PhraseRule;
import dev.newsclean.clean.rules.SiteTemplateRule;
import dev.newsclean.clean.rules.TagsLineRule;
import dev.newsclean.clean.rules.TeaserListRule;
import dev.newsclean.clean.rules.TeaserRule;
import dev.newsclean.clean.rules.TitleRule;
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
        new PhraseRule(RuleIds.AD_MARKER, book.phrases(RuleIds.AD_MARKER)),
        new CaptionRule(),
        new EmbeddedPostRule(),
        new PhraseRule(RuleIds.COMMENTS_WIDGET, book.phrases(RuleIds.COMMENTS_WIDGET)),
        new PhraseRule(RuleIds.LINKS_RELATED, book.phrases(RuleIds.LINKS_RELATED)),
        new PhraseRule(RuleIds.LINKS_FOOTER, book.phrases(RuleIds.LINKS_FOOTER)),
        new PhraseRule(RuleIds.SHARE_SOCIAL, book.phrases(RuleIds.SHARE_SOCIAL)),
        new PhraseRule(RuleIds.READING_TIME, book.phrases(RuleIds.READING_TIME)),
        new PhraseRule(RuleIds.NEWSLETTER_SIGNUP, book.phrases(RuleIds.NEWSLETTER_SIGNUP)),
        new PhraseRule(RuleIds.COOKIE_NOTICE, book.phrases(RuleIds.COOKIE_NOTICE)),
        new TeaserRule(book.phrases(RuleIds.TEASER_READ_MORE)),
        new CreditRule(book.phrases(RuleIds.CREDIT_WIRE)),
        new PhraseRule(RuleIds.IMAGE_CREDIT, book.phrases(RuleIds.IMAGE_CREDIT)),
        new BreadcrumbRule(book.phrases(RuleIds.NAV_BREADCRUMB)),
        new BylineRule(),
        new PageDateRule(),
        new NameAboveDateRule(),
        new TagsLineRule(book.phrases(RuleIds.TAGS_LINE)),
        new PhraseRule(RuleIds.LEGAL_FOOTER, book.phrases(RuleIds.LEGAL_FOOTER)),
        new LineClassifier(),
        new CommentsSectionRule(),
        new TeaserListRule(),
        new AuthorBioRule(book),
        new SiteTemplateRule(),
        new TitleRule(),
        new NameBelowHeadlineRule());
  }
}
