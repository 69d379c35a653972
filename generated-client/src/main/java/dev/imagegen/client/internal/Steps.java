package dev.imagegen.client.internal;

import java.util.concurrent.CompletableFuture;

/**
 * The asynchronous steps (HTTP calls, waits) of one operation, one at a time, and the deadline they
 * keep. Once the operation completes, for instance because its caller cancelled it, the step under
 * way is cancelled and no new step starts.
 */
final class Steps {

  private final CompletableFuture<?> operation;
  private final Deadline deadline;
  private volatile CompletableFuture<?> current;

  Steps(CompletableFuture<?> operation, Deadline deadline) {
    this.operation = operation;
    this.deadline = deadline;
    operation.whenComplete((result, failure) -> {
      CompletableFuture<?> step = current;
      if (step != null) {
        step.cancel(false);
      }
    });
  }

  /** Makes {@code step} the one under way; it is cancelled at once when the operation has ended. */
  <T> CompletableFuture<T> track(CompletableFuture<T> step) {
    current = step;
    if (operation.isDone()) {
      step.cancel(false);
    }
    return step;
  }

  boolean ended() {
    return operation.isDone();
  }

  Deadline deadline() {
    return deadline;
  }
}
