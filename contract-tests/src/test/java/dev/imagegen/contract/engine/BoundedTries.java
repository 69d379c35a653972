package dev.imagegen.contract.engine;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * Runs each try of a property on a worker thread, within {@link #LIMIT}: a client that waits for an
 * answer or a timer that never comes fails the property, naming the try, instead of hanging the
 * build. Once a try has hung, the later ones (QuickTheories' shrinking) fail at once without
 * running, so the hung try itself is the counterexample.
 */
final class BoundedTries<T> implements Consumer<T>, AutoCloseable {

  /**
   * Far above what a try takes (milliseconds; seconds when the client's read timeouts are waited
   * out), so that only a try that would never end reaches it.
   */
  static final Duration LIMIT = Duration.ofSeconds(30);

  private final Consumer<T> check;
  private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
    Thread thread = new Thread(task, "contract-try");
    // A hung try must not keep the test JVM alive.
    thread.setDaemon(true);
    return thread;
  });
  private volatile T hung;

  BoundedTries(Consumer<T> check) {
    this.check = check;
  }

  @Override
  public void accept(T value) {
    if (hung != null) {
      throw new AssertionError("not tried: an earlier try did not finish within " + LIMIT.toSeconds() + " s");
    }
    Future<?> run = worker.submit(() -> check.accept(value));
    try {
      run.get(LIMIT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      hung = value;
      run.cancel(true);
      throw new AssertionError("did not finish within " + LIMIT.toSeconds() + " s");
    } catch (ExecutionException e) {
      throw rethrown(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }

  /** The try that did not finish, if one did not. */
  Optional<T> hung() {
    return Optional.ofNullable(hung);
  }

  @Override
  public void close() {
    worker.shutdownNow();
  }

  /** What the try threw, as it was: an assertion's failure, or the client's unexpected exception. */
  private static RuntimeException rethrown(Throwable failure) {
    if (failure instanceof Error error) {
      throw error;
    }
    if (failure instanceof RuntimeException runtime) {
      return runtime;
    }
    return new IllegalStateException(failure);
  }
}
