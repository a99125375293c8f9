package dev.newsclean.pipeline;

import dev.newsclean.extract.DocumentExtractor;
import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.Validation;

/** newsclean's command-line options; {@code --help=NewscleanOptions} lists them the Beam way. */
public interface NewscleanOptions extends PipelineOptions {

  @Description(
      "Folder of scrapes to clean, read recursively (or a file pattern such as 'scrapes/**.txt').")
  @Validation.Required
  @Default.String("input")
  String getInput();

  void setInput(String value);

  @Description(
      "Folder the records, removal log, rejects and report.json are written to. A run replaces what a previous run wrote there.")
  @Validation.Required
  @Default.String("output")
  String getOutput();

  void setOutput(String value);

  @Description(
      "Inputs larger than this many bytes (after gzip inflation) are rejected as too_large.")
  @Default.Long(DocumentExtractor.Limits.MAX_BYTES)
  long getMaxInputBytes();

  void setMaxInputBytes(long value);

  @Description(
      "Text longer than this many characters, from a PDF or Office document, is cut there.")
  @Default.Integer(DocumentExtractor.Limits.MAX_CHARS)
  int getMaxTextChars();

  void setMaxTextChars(int value);

  @Description(
      "A PDF or Office document that takes longer than this to parse is rejected as a timeout.")
  @Default.Integer(DocumentExtractor.Limits.PARSE_TIMEOUT_SECONDS)
  int getParseTimeoutSeconds();

  void setParseTimeoutSeconds(int value);

  @Description(
      "JSONL field names, as kind=field1,field2;... with kinds url, html, text, title, date. "
          + "Unset kinds keep their defaults (url: url,link,href,source_url; html: html,raw_html,rawHtml,content_html,page; "
          + "text: text,content,body,article,maintext; title: title,headline; date: published,date,published_at,date_publish,datePublished,timestamp).")
  @Default.String("")
  String getJsonlFields();

  void setJsonlFields(String value);

  @Description("Fold typographic quotes, dashes and ellipses to ASCII in the output text.")
  @Default.Boolean(false)
  boolean getFoldTypography();

  void setFoldTypography(boolean value);

  @Description(
      "Explain one input instead of running: print each of its lines with the verdict, the rule that removed it and "
          + "the evidence, then the metadata found. Writes no output.")
  @Default.String("")
  String getExplain();

  void setExplain(String value);

  @Description(
      "Flag records whose text is an exact or near (MinHash Jaccard >= 0.8) copy of another record of the run: duplicate_of and duplicate_kind. "
          + "Off by default: on the DirectRunner the grouping costs more than the cleaning on large corpora (see the README).")
  @Default.Boolean(false)
  boolean getDuplicates();

  void setDuplicates(boolean value);

  @Description(
      "With --duplicates, write the flagged records to duplicates-*.jsonl instead of records-*.jsonl.")
  @Default.Boolean(false)
  boolean getDuplicatesFile();

  void setDuplicatesFile(boolean value);

  @Description("No progress lines on stderr during a long run, and no closing line.")
  @Default.Boolean(false)
  boolean getQuiet();

  void setQuiet(boolean value);

  @Description(
      "How a document's site is found, for learning what each site repeats across its pages: auto (the URL's "
          + "registrable domain, else the first folder under --input), url, folder, or none (every page on its own).")
  @Default.String("auto")
  String getSiteKey();

  void setSiteKey(String value);

  @Description(
      "State folder that keeps what each site repeats for the next run: empty for 'state' inside --output "
          + "(read from the previous output, written with the new one), a folder of its own, or 'none'.")
  @Default.String("")
  String getState();

  void setState(String value);

  @Description(
      "On a rerun, clean only the inputs that are new or changed since the previous run (by the SHA-256 of their bytes) "
          + "and carry the others' records over from the previous output; false cleans every input again. Needs the state (see --state).")
  @Default.Boolean(true)
  boolean getIncremental();

  void setIncremental(boolean value);

  @Description(
      "On a rerun, take an input whose size and modification time are those the state recorded as unchanged, "
          + "without reading its bytes (as rsync and git do); false reads and hashes every input.")
  @Default.Boolean(true)
  boolean getQuickCheck();

  void setQuickCheck(boolean value);

  /**
   * The output folder of the previous run, whose records an incremental rerun carries over: set by
   * the run command.
   */
  @org.apache.beam.sdk.options.Hidden
  @Default.String("")
  String getPreviousOutput();

  void setPreviousOutput(String value);

  /**
   * Where the state is read from when it is not --state itself: set by the run command to the
   * previous output's state.
   */
  @org.apache.beam.sdk.options.Hidden
  @Default.String("")
  String getStateIn();

  void setStateIn(String value);
}
