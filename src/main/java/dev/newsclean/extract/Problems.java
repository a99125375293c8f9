package dev.newsclean.extract;

/** What a reject says of the exception behind it: one line, never a stack trace. */
public final class Problems {

  private Problems() {}

  /** The exception's message on one line, or its class name when it has none. */
  public static String oneLine(Throwable e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return message.replaceAll("\\s+", " ").strip();
  }
}
