package dev.imagegen.client;

import java.util.Objects;
import java.util.Optional;

/**
 * A job status value as the server sent it, what it means, and the server's error text. A value the
 * provider spec does not list, even after ignoring case, is {@link Outcome#UNKNOWN}; how a wait treats
 * it is told on {@link Job}.
 */
public final class JobStatus {

  /** What a status value means; {@link #SUCCEEDED} and {@link #FAILED} are terminal. */
  public enum Outcome { PENDING, SUCCEEDED, FAILED, UNKNOWN }

  private final String value;
  private final Outcome outcome;
  private final String error;

  /**
   * @param value as sent, such as {@code PROCESSING}
   * @param outcome {@link Outcome#UNKNOWN} for a value the spec does not list
   * @param error the server's error text of a failed job; null for none
   */
  public JobStatus(String value, Outcome outcome, String error) {
    this.value = Objects.requireNonNull(value, "value");
    this.outcome = Objects.requireNonNull(outcome, "outcome");
    this.error = error;
  }

  /** The value as the server sent it. */
  public String value() {
    return value;
  }

  /** What the value means, from the provider spec's list of statuses; {@link Outcome#UNKNOWN} for one not on it. */
  public Outcome outcome() {
    return outcome;
  }

  /** True for {@link Outcome#SUCCEEDED} and {@link Outcome#FAILED}. */
  public boolean isTerminal() {
    return outcome == Outcome.SUCCEEDED || outcome == Outcome.FAILED;
  }

  /** The server's error text, when the answer carried one. */
  public Optional<String> error() {
    return Optional.ofNullable(error);
  }

  @Override
  public String toString() {
    return value + " (" + outcome + ')' + (error == null ? "" : ": " + error);
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof JobStatus)) {
      return false;
    }
    JobStatus that = (JobStatus) other;
    return value.equals(that.value) && outcome == that.outcome && Objects.equals(error, that.error);
  }

  @Override
  public int hashCode() {
    return Objects.hash(value, outcome, error);
  }
}
