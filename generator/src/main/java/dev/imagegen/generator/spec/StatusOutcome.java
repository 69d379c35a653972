package dev.imagegen.generator.spec;

/** What a job status value means; {@link #SUCCEEDED} and {@link #FAILED} are terminal. */
public enum StatusOutcome {
  PENDING,
  SUCCEEDED,
  FAILED
}
