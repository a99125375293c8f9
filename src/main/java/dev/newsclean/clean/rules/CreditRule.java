package dev.newsclean.clean.rules;

import dev.newsclean.clean.Line;
import dev.newsclean.clean.Page;
import dev.newsclean.clean.PhraseSet;
import dev.newsclean.clean.Rule;
import dev.newsclean.clean.RuleIds;
import java.util.regex.Pattern;

/**
 * {@code credit.wire}: a line that credits a wire service or other contributors ("(with inputs from
 * Reuters)", "Al Jazeera and wire services") leaves the text and becomes the record's {@code
 * credit}, without its brackets.
 */
public final class CreditRule implements Rule {

  public static final String ID = RuleIds.CREDIT_WIRE;
  private static final Pattern BRACKETS = Pattern.compile("^[\\s(\\[—–-]+|[\\s)\\].]+$");

  private final PhraseSet phrases;

  public CreditRule(PhraseSet phrases) {
    this.phrases = phrases;
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public void apply(Page page) {
    for (Line line : page.kept()) {
      if (phrases.matches(line.text(), line.lower())) {
        page.remove(line, ID);
        if (page.found().credit() == null) {
          page.found(page.found().withCredit(BRACKETS.matcher(line.text()).replaceAll("")));
        }
      }
    }
  }
}
