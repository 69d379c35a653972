package dev.imagegen.client;

/** A job status value as the server sent it, and what it means. */
public final class JobStatus {
  /** What a status value means; {@link #SUCCEEDED} and {@link #FAILED} are terminal. */
  public enum Outcome { PENDING, SUCCEEDED, FAILED, UNKNOWN }
}
