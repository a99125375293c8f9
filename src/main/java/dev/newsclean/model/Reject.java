package dev.newsclean.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.io.Serializable;
import java.util.Objects;

/**
 * An input that gave no record.
 *
 * @param source the input (path relative to the input folder, with a fragment inside containers)
 * @param reason one of {@link Reason}'s codes
 * @param detail a one-line human explanation
 */
@JsonPropertyOrder({"source", "reason", "detail"})
public record Reject(String source, String reason, String detail) implements Serializable {

  /** The fixed vocabulary of reject reasons (docs/schema.md). */
  public enum Reason {
    UNREADABLE("unreadable"),
    CORRUPT("corrupt"),
    UNSUPPORTED_TYPE("unsupported_type"),
    EMPTY("empty"),
    TOO_LARGE("too_large"),
    TIMEOUT("timeout"),
    NO_TEXT("no_text"),
    PROCESSING_ERROR("processing_error");

    private final String code;

    Reason(String code) {
      this.code = code;
    }

    public String code() {
      return code;
    }
  }

  public Reject {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(reason, "reason");
  }

  public static Reject of(String source, Reason reason, String detail) {
    return new Reject(source, reason.code(), detail);
  }

  /**
   * An input that made newsclean itself fail: a bug to report, kept as a reject so the run goes on.
   */
  public static Reject error(String source, Throwable error) {
    String message =
        error.getMessage() == null ? "" : ": " + error.getMessage().replaceAll("\\s+", " ");
    return new Reject(
        source, Reason.PROCESSING_ERROR.code(), error.getClass().getSimpleName() + message);
  }
}
