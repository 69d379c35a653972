package dev.imagegen.client.internal;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a v2 result answer keeps what the client reads, from the provider spec's {@code async.result}:
 * the output, the seed, media lists and the metrics object with its fields. A field left unset is
 * not read.
 *
 * <pre>{@code
 * ResultFields.builder().output("output").seed("seed").media("images", "video")
 *     .metrics("metrics").cost("cost").inferenceTime("inference_time")
 *     .build();
 * }</pre>
 */
public final class ResultFields {

  private final String output;
  private final String seed;
  private final List<String> media;
  private final String metrics;
  private final String cost;
  private final String remainingCredits;
  private final String inferenceTime;
  private final String queueTime;
  private final String totalTime;
  private final String retryCount;

  private ResultFields(Builder builder) {
    this.output = builder.output;
    this.seed = builder.seed;
    this.media = builder.media;
    this.metrics = builder.metrics;
    this.cost = builder.cost;
    this.remainingCredits = builder.remainingCredits;
    this.inferenceTime = builder.inferenceTime;
    this.queueTime = builder.queueTime;
    this.totalTime = builder.totalTime;
    this.retryCount = builder.retryCount;
  }

  /** The fields of a protocol whose spec names none: only {@code output}. */
  public static ResultFields defaults() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The field with the model's output, a URL or text. */
  public String output() { return output; }

  /** The field with the seed the job used. */
  public Optional<String> seed() { return Optional.ofNullable(seed); }

  /** The fields that may hold media: each an object {@code {url, content_type, file_name, file_size}} or a list of them. */
  public List<String> media() { return media; }

  /** The field with the metrics object, which holds the fields below. */
  public Optional<String> metrics() { return Optional.ofNullable(metrics); }

  /** The metric with the job's cost, in credits. */
  public Optional<String> cost() { return Optional.ofNullable(cost); }

  /** The metric with the account's credits after the job. */
  public Optional<String> remainingCredits() { return Optional.ofNullable(remainingCredits); }

  /** The metric with the model's compute time, in seconds. */
  public Optional<String> inferenceTime() { return Optional.ofNullable(inferenceTime); }

  /** The metric with the time the job waited in the queue, in seconds. */
  public Optional<String> queueTime() { return Optional.ofNullable(queueTime); }

  /** The metric with the job's time from submit to end, in seconds. */
  public Optional<String> totalTime() { return Optional.ofNullable(totalTime); }

  /** The metric with how often the server retried the job. */
  public Optional<String> retryCount() { return Optional.ofNullable(retryCount); }

  @Override
  public String toString() {
    return "ResultFields{output=" + output + ", seed=" + seed + ", media=" + media + ", metrics=" + metrics + '}';
  }

  /** Builds {@link ResultFields}; each setter names a field of the answer. */
  public static final class Builder {
    private String output = "output";
    private String seed;
    private List<String> media = List.of();
    private String metrics;
    private String cost;
    private String remainingCredits;
    private String inferenceTime;
    private String queueTime;
    private String totalTime;
    private String retryCount;

    private Builder() {}

    public Builder output(String field) {
      this.output = Objects.requireNonNull(field, "output");
      return this;
    }

    public Builder seed(String field) {
      this.seed = field;
      return this;
    }

    public Builder media(String... fields) {
      this.media = List.of(fields);
      return this;
    }

    public Builder metrics(String field) {
      this.metrics = field;
      return this;
    }

    public Builder cost(String field) {
      this.cost = field;
      return this;
    }

    public Builder remainingCredits(String field) {
      this.remainingCredits = field;
      return this;
    }

    public Builder inferenceTime(String field) {
      this.inferenceTime = field;
      return this;
    }

    public Builder queueTime(String field) {
      this.queueTime = field;
      return this;
    }

    public Builder totalTime(String field) {
      this.totalTime = field;
      return this;
    }

    public Builder retryCount(String field) {
      this.retryCount = field;
      return this;
    }

    public ResultFields build() {
      return new ResultFields(this);
    }
  }
}
