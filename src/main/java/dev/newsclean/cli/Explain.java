package dev.newsclean.cli;

import dev.newsclean.clean.Explanation;
import dev.newsclean.clean.Line;
import dev.newsclean.clean.SiteTemplate;
import dev.newsclean.core.FileProcessor;
import dev.newsclean.model.Article;
import dev.newsclean.model.Reject;
import dev.newsclean.pipeline.ExtractSettings;
import dev.newsclean.pipeline.NewscleanOptions;
import dev.newsclean.pipeline.SiteKey;
import dev.newsclean.pipeline.SiteState;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;

/**
 * {@code --explain=FILE}: cleans one input exactly as a run would and prints each of its lines with
 * the verdict, the rule that removed it and what that rule saw, then the metadata found. It writes
 * no output: the tool that answers "why did this line go (or stay)?". A page of a site the last run
 * learned (its state folder: {@code --state}, or {@code state/} in {@code --output}) is cleaned
 * with that site's template, as the run did.
 */
final class Explain {

  /** Longer lines are cut in the listing; the verdict is for the whole line. */
  private static final int SHOWN_CHARS = 100;

  private Explain() {}

  /** Explains {@code file}; returns the exit code (1 when the file cannot be read). */
  static int run(NewscleanOptions options, Path file, PrintStream out, PrintStream err) {
    ExtractSettings settings = ExtractSettings.of(options);
    SiteKey siteKey = SiteKey.parse(options.getSiteKey());
    try (FileProcessor processor = settings.newProcessor();
        InputStream in = Files.newInputStream(file)) {
      Map<String, SiteTemplate> templates = templates(options, siteKey);
      processor.explain(
          source(options, file),
          in,
          doc -> templates.get(siteKey.of(doc)),
          new Printer(out, doc -> templates.get(siteKey.of(doc))));
      return CommandLine.OK;
    } catch (IOException e) {
      err.println("newsclean: cannot read " + file + ": " + e.getMessage());
      return CommandLine.FAILED;
    }
  }

  /**
   * The site templates of the last run (its state folder), so {@code site.template} verdicts are
   * explained too.
   */
  private static Map<String, SiteTemplate> templates(NewscleanOptions options, SiteKey siteKey)
      throws IOException {
    if (siteKey == SiteKey.NONE || options.getState().equals("none")) {
      return Map.of();
    }
    Path state =
        options.getState().isEmpty()
            ? Paths.get(options.getOutput(), "state")
            : Paths.get(options.getState());
    return SiteState.templates(state);
  }

  /**
   * The file's path as a run over {@code --input} names it, so its site folder is the same; else
   * the path given.
   */
  private static String source(NewscleanOptions options, Path file) {
    Path input = Paths.get(options.getInput()).toAbsolutePath().normalize();
    Path absolute = file.toAbsolutePath().normalize();
    return absolute.startsWith(input) && !absolute.equals(input)
        ? input.relativize(absolute).toString()
        : file.toString();
  }

  /** Prints each explanation, reject and skip as it comes. */
  private record Printer(
      PrintStream out,
      java.util.function.Function<dev.newsclean.model.Document, SiteTemplate> templates)
      implements FileProcessor.Explained {

    @Override
    public void explanation(Explanation e) {
      int removed = (int) e.lines().stream().filter(Line::removed).count();
      out.printf(
          "%s (%s): %d lines, %d kept, %d removed, language %s%n",
          e.document().source(),
          e.document().format(),
          e.lines().size(),
          e.lines().size() - removed,
          removed,
          e.language() == null ? "unknown" : e.language());
      out.printf("%6s  %-7s  %-18s  %s%n", "line", "verdict", "rule", "text  [evidence]");
      SiteTemplate template = templates.apply(e.document());
      for (Line line : e.lines()) {
        String rule = line.removed() ? line.removedBy() : "";
        String evidence =
            line.evidence() != null
                ? line.evidence() + "; " + Explanation.signals(line)
                : Explanation.signals(line);
        if (template != null && dev.newsclean.clean.rules.SiteTemplateRule.ID.equals(rule)) {
          evidence = template.counts(line.text()) + "; " + evidence;
        }
        out.printf(
            "%6d  %-7s  %-18s  %s  [%s]%n",
            line.sourceLine(),
            line.removed() ? "removed" : "kept",
            rule,
            shown(line.text()),
            evidence);
      }
      Article article = e.cleaned().article();
      if (article == null) {
        Reject reject = e.cleaned().reject();
        out.printf("result: rejected, %s: %s%n", reject.reason(), reject.detail());
      } else {
        out.println(
            "result: record "
                + article.id()
                + ", "
                + article.words()
                + " words in "
                + article.paragraphs()
                + " paragraphs");
        field("title", article.title());
        field("authors", article.authors().isEmpty() ? null : String.join("; ", article.authors()));
        field("published", article.published());
        field("site", article.site());
        field("url", article.url());
        field("language", article.language());
        field("credit", article.credit());
      }
      out.println();
    }

    private void field(String name, String value) {
      out.printf("  %-10s %s%n", name, value == null ? "-" : value);
    }

    @Override
    public void rejected(Reject reject) {
      out.printf("%s: rejected, %s: %s%n", reject.source(), reject.reason(), reject.detail());
    }

    @Override
    public void skipped(String source, String kind) {
      out.printf("%s: skipped (%s)%n", source, kind);
    }

    private static String shown(String text) {
      return text.length() <= SHOWN_CHARS ? text : text.substring(0, SHOWN_CHARS - 1) + "…";
    }
  }
}
