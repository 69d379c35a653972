package dev.imagegen.generator.spec;

/** A field of the metrics object of a v2 result, as named in the spec's {@code async.result.metrics}. */
public enum ResultMetric {
  /** What the job cost, in credits. */
  COST("cost"),
  /** The account's credits after the job. */
  REMAINING_CREDITS("remainingCredits"),
  /** The model's compute time, in seconds. */
  INFERENCE_TIME("inferenceTime"),
  /** The time the job waited in the queue, in seconds. */
  QUEUE_TIME("queueTime"),
  /** The job's time from submit to end, in seconds. */
  TOTAL_TIME("totalTime"),
  /** How often the server retried the job. */
  RETRY_COUNT("retryCount");

  private final String specName;

  ResultMetric(String specName) {
    this.specName = specName;
  }

  /** The field of {@code async.result.metrics} that names this metric, such as {@code inferenceTime}. */
  public String specName() {
    return specName;
  }
}
