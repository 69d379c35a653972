package dev.imagegen.client;

import com.fasterxml.jackson.databind.JsonNode;
import dev.imagegen.client.error.InferenceFailedException;
import dev.imagegen.client.error.InferenceTimeoutException;
import dev.imagegen.client.error.JobNotFoundException;
import dev.imagegen.client.error.UnknownJobStatusException;
import dev.imagegen.client.internal.Completion;
import dev.imagegen.client.internal.Durations;
import dev.imagegen.client.internal.V2Job;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A submitted v2 job: its request id at once, then status, await and future.
 *
 * <pre>{@code
 * Job job = segmind.fluxControlnet().submit(request);
 * String id = job.requestId();                          // keep it to come back later
 * InferenceResult result = job.await(Duration.ofMinutes(10));
 * }</pre>
 *
 * <p>Waiting polls the status at once, then at the client's interval for the first 30 s, then at an
 * interval growing by half up to a cap; a
 * FAILED status ends the wait with an {@link InferenceFailedException}, after one result call when the
 * status answer left out the server's error text (the result answer carries it, and the metrics); a result still
 * pending after a COMPLETED status is fetched again at the poll interval; the deadline ends the wait
 * with an {@link InferenceTimeoutException}; an unknown or expired id with a
 * {@link JobNotFoundException}. Status and result calls are retried when safe, but neither a retry
 * nor an HTTP call runs past the deadline: a retry that would start after it is not made, and the
 * answer that asked for it ends the wait as its typed exception.
 *
 * <p><b>Statuses the spec does not list.</b> The provider spec lists the status values and what each
 * means (at Segmind QUEUED, PROCESSING, COMPLETED and FAILED, in upper case). A value is matched to
 * the list regardless of case and surrounding whitespace, so {@code completed} is COMPLETED. A value
 * still not on the list is never waited on blind:
 * <ul>
 *   <li>with an error text ({@code {"status":"CANCELLED","error":"cancelled by operator"}}), the job
 *       has ended: the wait ends at once with an {@link InferenceFailedException} whose
 *       {@code status()} is the value as sent, with the error;</li>
 *   <li>without one, it may be a new stage, so polling goes on, but the third such answer in a row
 *       ends the wait with an {@link UnknownJobStatusException} carrying that status; the job may
 *       still finish, and {@code requestId()} fetches it later.</li>
 * </ul>
 * Whatever ends a wait carries the last status the server answered: a timeout's
 * {@link InferenceTimeoutException#lastStatus()} includes its error text, if any.
 */
public final class Job {

  private final JsonNode submitResponse;
  private final V2Job v2Job;
  private final Set<CompletableFuture<InferenceResult>> waits = ConcurrentHashMap.newKeySet();

  /** Made by the runtime on submit, through {@code RuntimeAccess}; {@code submitResponse} is the answer as sent. */
  Job(JsonNode submitResponse, V2Job v2Job) {
    this.submitResponse = submitResponse;
    this.v2Job = v2Job;
  }

  /** The request id, known as soon as the submit call returned. */
  public String requestId() {
    return v2Job.requestId();
  }

  /** The submit answer as sent: {@code {request_id, status, status_url, ...}}. */
  public JsonNode submitResponse() {
    return submitResponse;
  }

  /** One status call (retried when safe); a failed job is a FAILED status here, not an exception. */
  public JobStatus status() {
    return Completion.await(v2Job.status(), "the status of request " + requestId());
  }

  /** Waits for the result until the client's deadline (by default the provider's, 10 minutes at Segmind). */
  public InferenceResult await() {
    return await(v2Job.defaultDeadline());
  }

  /**
   * Waits for the result until {@code deadline} has passed. Interrupting the waiting thread cancels
   * the wait and throws a {@link java.util.concurrent.CancellationException}, as does {@link #cancel()}.
   */
  public InferenceResult await(Duration deadline) {
    return Completion.await(future(deadline), "request " + requestId());
  }

  /** The result, as a future that no thread waits for, until the client's deadline. */
  public CompletableFuture<InferenceResult> future() {
    return future(v2Job.defaultDeadline());
  }

  /** The result, as a future that no thread waits for; cancelling it stops polling. */
  public CompletableFuture<InferenceResult> future(Duration deadline) {
    Durations.requirePositive("deadline", deadline);
    CompletableFuture<InferenceResult> wait = new CompletableFuture<>();
    // Registered before polling starts, so that a cancel() from another thread cannot miss it.
    waits.add(wait);
    wait.whenComplete((result, failure) -> waits.remove(wait));
    v2Job.await(deadline, wait);
    return wait;
  }

  /** Stops every wait of this job under way. The job itself runs on at the server. */
  public void cancel() {
    waits.forEach(wait -> wait.cancel(false));
  }

  @Override
  public String toString() {
    return "Job{requestId=" + requestId() + '}';
  }
}
