package dev.imagegen.client.internal;

import dev.imagegen.client.JobStatus;
import java.time.Duration;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The submit-poll-result protocol of a provider, from the provider spec's {@code async}.
 *
 * <pre>{@code
 * V2Protocol.builder()
 *     .status("QUEUED", JobStatus.Outcome.PENDING).status("COMPLETED", JobStatus.Outcome.SUCCEEDED)
 *     .status("FAILED", JobStatus.Outcome.FAILED).failedHttpStatus(422).notFoundHttpStatus(404)
 *     .build();
 * }</pre>
 */
public final class V2Protocol {

  /** The poll interval when the spec gives none: the Segmind SDK's 1 s. */
  public static final Duration DEFAULT_POLL_INTERVAL = Duration.ofSeconds(1);
  /** The deadline when the spec gives none: the Segmind SDK's 600 s. */
  public static final Duration DEFAULT_DEADLINE = Duration.ofMinutes(10);

  private final Map<String, JobStatus.Outcome> statuses;
  private final Map<String, JobStatus.Outcome> statusesIgnoringCase = new HashMap<>();
  private final Integer failedHttpStatus;
  private final Integer notFoundHttpStatus;
  private final Duration retention;
  private final Duration pollInterval;
  private final Duration deadline;
  private final ResultFields resultFields;

  private V2Protocol(Builder builder) {
    this.statuses = Collections.unmodifiableMap(new LinkedHashMap<>(builder.statuses));
    statuses.forEach((value, outcome) -> statusesIgnoringCase.put(value.trim().toUpperCase(Locale.ROOT), outcome));
    this.failedHttpStatus = builder.failedHttpStatus;
    this.notFoundHttpStatus = builder.notFoundHttpStatus;
    this.retention = builder.retention;
    this.pollInterval = builder.pollInterval;
    this.deadline = builder.deadline;
    this.resultFields = builder.resultFields;
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * The status {@code value} as sent, with its meaning. A value matches a listed one regardless of
   * case and surrounding whitespace ({@code " completed"} is {@code COMPLETED}); a value the spec does
   * not list is {@code UNKNOWN}.
   */
  public JobStatus status(String value, String error) {
    JobStatus.Outcome outcome = statuses.get(value);
    if (outcome == null) {
      outcome = statusesIgnoringCase.getOrDefault(value.trim().toUpperCase(Locale.ROOT), JobStatus.Outcome.UNKNOWN);
    }
    return new JobStatus(value, outcome, error);
  }

  /** The HTTP status of a FAILED job's status and result answers (422 at Segmind). */
  public OptionalInt failedHttpStatus() {
    return failedHttpStatus == null ? OptionalInt.empty() : OptionalInt.of(failedHttpStatus);
  }

  /** The HTTP status of an unknown or expired request id (404 at Segmind). */
  public OptionalInt notFoundHttpStatus() {
    return notFoundHttpStatus == null ? OptionalInt.empty() : OptionalInt.of(notFoundHttpStatus);
  }

  /** How long results are kept. */
  public Optional<Duration> retention() {
    return Optional.ofNullable(retention);
  }

  public Duration pollInterval() {
    return pollInterval;
  }

  public Duration deadline() {
    return deadline;
  }

  /** Where the result answer keeps its output, seed, media and metrics. */
  public ResultFields resultFields() {
    return resultFields;
  }

  @Override
  public String toString() {
    return "V2Protocol{statuses=" + statuses + ", pollInterval=" + pollInterval + ", deadline=" + deadline + '}';
  }

  /** Builds a {@link V2Protocol}. */
  public static final class Builder {
    private final Map<String, JobStatus.Outcome> statuses = new LinkedHashMap<>();
    private Integer failedHttpStatus;
    private Integer notFoundHttpStatus;
    private Duration retention;
    private Duration pollInterval = DEFAULT_POLL_INTERVAL;
    private Duration deadline = DEFAULT_DEADLINE;
    private ResultFields resultFields = ResultFields.defaults();

    private Builder() {}

    public Builder status(String value, JobStatus.Outcome outcome) {
      statuses.put(Objects.requireNonNull(value, "value"), Objects.requireNonNull(outcome, "outcome"));
      return this;
    }

    public Builder failedHttpStatus(int status) {
      this.failedHttpStatus = status;
      return this;
    }

    public Builder notFoundHttpStatus(int status) {
      this.notFoundHttpStatus = status;
      return this;
    }

    public Builder retention(Duration retention) {
      this.retention = retention;
      return this;
    }

    public Builder pollInterval(Duration interval) {
      this.pollInterval = Durations.requirePositive("pollInterval", interval);
      return this;
    }

    public Builder deadline(Duration deadline) {
      this.deadline = Durations.requirePositive("deadline", deadline);
      return this;
    }

    public Builder resultFields(ResultFields fields) {
      this.resultFields = Objects.requireNonNull(fields, "resultFields");
      return this;
    }

    public V2Protocol build() {
      return new V2Protocol(this);
    }
  }
}
