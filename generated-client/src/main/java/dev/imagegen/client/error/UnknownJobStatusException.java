package dev.imagegen.client.error;

import dev.imagegen.client.JobStatus;

/**
 * A wait for a v2 job ended because the server kept answering a status the provider spec does not
 * list, without an error text, such as a new stage or a new end. The job may still finish: keep
 * {@link #requestId()}, which is always present here, to ask for it later.
 */
public class UnknownJobStatusException extends UnexpectedResponseException {
  private static final long serialVersionUID = 1L;

  private final transient JobStatus status;

  /**
   * @param answers how many answers in a row had a status the spec does not list
   */
  public UnknownJobStatusException(String requestId, JobStatus status, int answers) {
    super("Request " + requestId + " answered status " + status.value() + ", which the spec does not list, "
        + answers + " times in a row; it may still finish, so keep its request id to fetch the result later",
        requestId);
    this.status = status;
  }

  /** The last status, as the server sent it. */
  public JobStatus status() {
    return status;
  }
}
