package dev.imagegen.client.testing;

import java.lang.Thread.UncaughtExceptionHandler;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ExtensionContext.Store.CloseableResource;

/**
 * Fails the tests when a thread dies of an exception: one that no handler catches, such as one OkHttp
 * throws again on its dispatcher's thread, is otherwise only printed, and the run passes. Every test
 * class has it (META-INF/services, with autodetection on in junit-platform.properties). A test fails
 * when threads died while it ran or just before, listing them; threads that die after the last test
 * fail the run as the engine's failure.
 */
public final class UncaughtExceptions implements BeforeAllCallback, AfterEachCallback {

  private static final Namespace NAMESPACE = Namespace.create(UncaughtExceptions.class);

  @Override
  public void beforeAll(ExtensionContext context) {
    recorder(context);
  }

  /** @throws AssertionError naming each thread that died since the last check, and its exception */
  @Override
  public void afterEach(ExtensionContext context) {
    recorder(context).check();
  }

  /** The run's recorder, installed with the first test class and checked once more after the last. */
  private static Recorder recorder(ExtensionContext context) {
    return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(Recorder.class, key -> new Recorder(), Recorder.class);
  }

  /** The JVM's default handler of uncaught exceptions while it is open: it records them for a check. */
  static final class Recorder implements UncaughtExceptionHandler, CloseableResource {
    private final UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
    private final Queue<Died> died = new ConcurrentLinkedQueue<>();

    /** Becomes the default handler. */
    Recorder() {
      Thread.setDefaultUncaughtExceptionHandler(this);
    }

    @Override
    public void uncaughtException(Thread thread, Throwable thrown) {
      died.add(new Died(thread.getName(), thrown));
    }

    /**
     * Forgets the exceptions recorded so far, and throws if there were any.
     *
     * @throws AssertionError naming each thread and its exception, which it carries as suppressed
     */
    void check() {
      List<Died> seen = new ArrayList<>();
      for (Died each = died.poll(); each != null; each = died.poll()) {
        seen.add(each);
      }
      if (seen.isEmpty()) {
        return;
      }
      StringBuilder message = new StringBuilder("threads died of exceptions that nothing caught:");
      seen.forEach(each -> message.append("\n  \"").append(each.thread()).append("\": ").append(each.thrown()));
      AssertionError failure = new AssertionError(message.toString());
      seen.forEach(each -> failure.addSuppressed(each.thrown()));
      throw failure;
    }

    /**
     * Gives the default handler back, then checks.
     *
     * @throws AssertionError as {@link #check()}
     */
    @Override
    public void close() {
      Thread.setDefaultUncaughtExceptionHandler(previous);
      check();
    }

    private record Died(String thread, Throwable thrown) {}
  }
}
