package dev.newsclean.pipeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * {@code report.html}: the run's {@link Report} as one self-contained page for a person to read (no
 * network, no scripts, no fonts): the totals and their balance, documents by format, rejects by
 * reason with examples, skips, removed lines by rule with examples, the share of each page removed,
 * and the sites with their records and template lines, with inline SVG charts. Built with jsoup, so
 * every text is escaped. Each figure carries a {@code data-figure} attribute naming the {@code
 * report.json} value it shows.
 */
public final class ReportPage {

  /** Sites listed; the rest are summed in one line. */
  static final int MAX_SITES = 100;

  private static final int BAR_WIDTH = 420;
  private static final String STYLE =
      "body{font:14px/1.45 system-ui,sans-serif;margin:2em auto;max-width:62em;color:#222;padding:0 1em}"
          + "h1{font-size:1.6em}h2{font-size:1.2em;margin-top:1.8em;border-bottom:1px solid #ddd}"
          + "table{border-collapse:collapse;margin:.5em 0}td,th{padding:.25em .8em;text-align:left;vertical-align:top;border-bottom:1px solid #eee}"
          + "td.n{text-align:right;font-variant-numeric:tabular-nums}.ok{color:#1a7f37}.bad{color:#b42318}"
          + ".ex{color:#555;font-size:.9em;max-width:40em}.ex div{white-space:nowrap;overflow:hidden;text-overflow:ellipsis}"
          + "svg text{font:12px system-ui,sans-serif}.totals td{font-size:1.1em}";

  private ReportPage() {}

  public static String render(Report report) {
    Document page = Document.createShell("");
    page.head().appendElement("meta").attr("charset", "utf-8");
    page.head().appendElement("title").text("newsclean report");
    page.head().appendElement("style").appendChild(new org.jsoup.nodes.DataNode(STYLE));
    Element body = page.body();
    body.appendElement("h1").text("newsclean report");
    totals(body, report);
    counts(
        body,
        "Documents by format",
        "format",
        report.documentsByFormat(),
        "documents_by_format",
        Map.of());
    counts(
        body,
        "Rejects by reason",
        "reason",
        report.rejectsByReason(),
        "rejects_by_reason",
        report.examples().rejects());
    counts(body, "Skipped by kind", "kind", report.skippedByKind(), "skipped_by_kind", Map.of());
    removals(body, report);
    share(body, report);
    sites(body, report);
    page.outputSettings().prettyPrint(false);
    return page.outerHtml();
  }

  private static void totals(Element body, Report r) {
    body.appendElement("h2").text("Totals");
    Element table = body.appendElement("table").addClass("totals");
    row(table, "inputs", r.inputs());
    row(table, "records", r.records());
    row(table, "rejected", r.rejected());
    row(table, "skipped", r.skipped());
    row(table, "removed_lines", r.removedLines());
    boolean balanced = r.inputs() == r.records() + r.rejected() + r.skipped();
    body.appendElement("p")
        .addClass(balanced ? "ok" : "bad")
        .attr("data-figure", "balance")
        .text(
            String.format(
                Locale.ROOT,
                "inputs = records + rejected + skipped: %,d = %,d + %,d + %,d (%s)",
                r.inputs(),
                r.records(),
                r.rejected(),
                r.skipped(),
                balanced ? "balanced" : "NOT balanced"));
  }

  private static void row(Element table, String name, long value) {
    Element tr = table.appendElement("tr");
    tr.appendElement("th").text(name.replace('_', ' '));
    tr.appendElement("td")
        .addClass("n")
        .attr("data-figure", name)
        .text(String.format(Locale.ROOT, "%,d", value));
  }

  /** A table of counts by key, largest first, with examples where there are some. */
  private static void counts(
      Element body,
      String title,
      String keyName,
      Map<String, Long> counts,
      String figure,
      Map<String, List<String>> examples) {
    body.appendElement("h2").text(title);
    if (counts.isEmpty()) {
      body.appendElement("p").text("none");
      return;
    }
    Element table = body.appendElement("table").attr("data-figure", figure);
    Element head = table.appendElement("tr");
    head.appendElement("th").text(keyName);
    head.appendElement("th").text("count");
    if (!examples.isEmpty()) {
      head.appendElement("th").text("examples");
    }
    for (Map.Entry<String, Long> e : largestFirst(counts)) {
      Element tr = table.appendElement("tr").attr("data-key", e.getKey());
      tr.appendElement("td").appendElement("code").text(e.getKey());
      tr.appendElement("td")
          .addClass("n")
          .attr("data-count", Long.toString(e.getValue()))
          .text(String.format(Locale.ROOT, "%,d", e.getValue()));
      if (!examples.isEmpty()) {
        Element cell = tr.appendElement("td").addClass("ex");
        for (String example : examples.getOrDefault(e.getKey(), List.of())) {
          cell.appendElement("div").attr("title", example).text(example);
        }
      }
    }
  }

  private static void removals(Element body, Report r) {
    if (!r.removedByRule().isEmpty()) {
      body.appendElement("h2").text("Removed lines per rule");
      List<Map.Entry<String, Long>> rules = largestFirst(r.removedByRule());
      body.appendChild(
          bars(
              rules.stream().map(Map.Entry::getKey).toList(),
              rules.stream().map(Map.Entry::getValue).toList(),
              "removed_by_rule_chart"));
    }
    counts(
        body,
        "Removed lines by rule",
        "rule",
        r.removedByRule(),
        "removed_by_rule",
        r.examples().removed());
  }

  private static void share(Element body, Report r) {
    body.appendElement("h2").text("Share of each record's text removed");
    List<String> labels = new ArrayList<>();
    for (int i = 0; i < r.removedShare().size(); i++) {
      labels.add(i * 10 + "–" + (i + 1) * 10 + "%");
    }
    body.appendChild(bars(labels, r.removedShare(), "removed_share"));
  }

  private static void sites(Element body, Report r) {
    body.appendElement("h2").text("Sites");
    java.util.TreeMap<String, Long> bySite = new java.util.TreeMap<>(r.recordsBySite());
    r.templateLinesBySite().keySet().forEach(site -> bySite.putIfAbsent(site, 0L));
    List<Map.Entry<String, Long>> sites = largestFirst(bySite);
    Element table = body.appendElement("table").attr("data-figure", "records_by_site");
    Element head = table.appendElement("tr");
    head.appendElement("th").text("site");
    head.appendElement("th").text("records");
    head.appendElement("th").text("template lines removed");
    for (Map.Entry<String, Long> e : sites.subList(0, Math.min(MAX_SITES, sites.size()))) {
      Element tr = table.appendElement("tr").attr("data-key", e.getKey());
      tr.appendElement("td").text(e.getKey());
      tr.appendElement("td")
          .addClass("n")
          .attr("data-count", Long.toString(e.getValue()))
          .text(String.format(Locale.ROOT, "%,d", e.getValue()));
      long template = r.templateLinesBySite().getOrDefault(e.getKey(), 0L);
      tr.appendElement("td")
          .addClass("n")
          .attr("data-template", Long.toString(template))
          .text(String.format(Locale.ROOT, "%,d", template));
    }
    if (sites.size() > MAX_SITES) {
      long rest =
          sites.subList(MAX_SITES, sites.size()).stream().mapToLong(Map.Entry::getValue).sum();
      body.appendElement("p")
          .text(
              String.format(
                  Locale.ROOT,
                  "and %,d more sites with %,d records",
                  sites.size() - MAX_SITES,
                  rest));
    }
    body.appendElement("p")
        .addClass("ex")
        .text(
            "Records are counted by the site their page names; template lines by the site key "
                + "they were learned under (docs/state.md). Duplicates are not flagged yet.");
  }

  /** A horizontal bar chart as inline SVG: one labelled bar per value, scaled to the largest. */
  static Element bars(List<String> labels, List<Long> values, String figure) {
    int rowHeight = 20;
    int labelWidth = 170;
    long max = Math.max(1, values.stream().mapToLong(Long::longValue).max().orElse(1));
    int height = rowHeight * labels.size() + 4;
    Element svg =
        new Element("svg")
            .attr("xmlns", "http://www.w3.org/2000/svg")
            .attr("width", Integer.toString(labelWidth + BAR_WIDTH + 80))
            .attr("height", Integer.toString(height))
            .attr("role", "img")
            .attr("data-figure", figure);
    for (int i = 0; i < labels.size(); i++) {
      int y = i * rowHeight;
      long value = values.get(i);
      int width = (int) Math.round(BAR_WIDTH * (value / (double) max));
      svg.appendElement("text")
          .attr("x", "0")
          .attr("y", Integer.toString(y + 14))
          .text(labels.get(i));
      svg.appendElement("rect")
          .attr("x", Integer.toString(labelWidth))
          .attr("y", Integer.toString(y + 3))
          .attr("width", Integer.toString(Math.max(value > 0 ? 1 : 0, width)))
          .attr("height", Integer.toString(rowHeight - 6))
          .attr("fill", "#4878a8")
          .attr("data-value", Long.toString(value));
      svg.appendElement("text")
          .attr("x", Integer.toString(labelWidth + width + 6))
          .attr("y", Integer.toString(y + 14))
          .text(String.format(Locale.ROOT, "%,d", value));
    }
    return svg;
  }

  private static List<Map.Entry<String, Long>> largestFirst(Map<String, Long> counts) {
    return counts.entrySet().stream()
        .sorted(
            Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()))
        .toList();
  }
}
