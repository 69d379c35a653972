package dev.imagegen.client.internal;

import dev.imagegen.client.error.ImageGenException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.function.BiConsumer;

/** Bridges the asynchronous machinery to blocking callers and back. */
public final class Completion {

  private Completion() {}

  /**
   * The value of {@code future}, rethrowing its failure as it was raised. An interrupted wait
   * cancels {@code future}, keeps the thread's interrupt flag and throws a {@link CancellationException}.
   *
   * @param what what is awaited, for messages, such as {@code request abc}
   */
  public static <T> T await(CompletableFuture<T> future, String what) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      future.cancel(false);
      Thread.currentThread().interrupt();
      throw new CancellationException("interrupted while waiting for " + what);
    } catch (CancellationException e) {
      throw new CancellationException("the wait for " + what + " was cancelled");
    } catch (ExecutionException e) {
      throw rethrowable(e.getCause());
    }
  }

  /** Completes {@code target} with {@code value}, or with {@code failure} unwrapped from a {@link CompletionException}. */
  static <T> void settle(CompletableFuture<T> target, T value, Throwable failure) {
    if (failure == null) {
      target.complete(value);
    } else {
      target.completeExceptionally(unwrapped(failure));
    }
  }

  /**
   * {@code step}, as a continuation that completes {@code target} exceptionally when it throws. A
   * continuation's exception only fails the future {@code whenComplete} returns, which nobody
   * watches, so without this guard {@code target} would stay pending forever.
   */
  static <T> BiConsumer<T, Throwable> guarded(CompletableFuture<?> target, BiConsumer<T, Throwable> step) {
    return (value, failure) -> {
      try {
        step.accept(value, failure);
      } catch (RuntimeException | Error e) {
        target.completeExceptionally(e);
      }
    };
  }

  static Throwable unwrapped(Throwable failure) {
    return failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
  }

  private static RuntimeException rethrowable(Throwable failure) {
    if (failure instanceof RuntimeException) {
      return (RuntimeException) failure;
    }
    if (failure instanceof Error) {
      throw (Error) failure;
    }
    return new ImageGenException(failure.toString(), failure);
  }
}
