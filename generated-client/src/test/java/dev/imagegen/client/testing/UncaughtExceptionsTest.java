package dev.imagegen.client.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.junit.jupiter.api.Test;

class UncaughtExceptionsTest {

  private static void dieOn(String threadName, RuntimeException thrown) throws InterruptedException {
    Thread thread = new Thread(() -> {
      throw thrown;
    }, threadName);
    thread.start();
    // The handler runs on the dying thread, before it ends.
    thread.join();
  }

  @Test
  void aThreadThatDiesOfAnExceptionFailsTheCheckWhichNamesItOnce() throws InterruptedException {
    Thread.UncaughtExceptionHandler before = Thread.getDefaultUncaughtExceptionHandler();
    UncaughtExceptions.Recorder recorder = new UncaughtExceptions.Recorder();
    IllegalStateException first = new IllegalStateException("state: 3");
    IllegalArgumentException second = new IllegalArgumentException("bad");

    dieOn("imagegen HTTP 7", first);
    dieOn("worker", second);

    Throwable failure = catchThrowable(recorder::check);
    assertThat(failure).isExactlyInstanceOf(AssertionError.class).hasMessage("""
        threads died of exceptions that nothing caught:
          "imagegen HTTP 7": java.lang.IllegalStateException: state: 3
          "worker": java.lang.IllegalArgumentException: bad""");
    assertThat(failure.getSuppressed()).containsExactly(first, second);
    assertThatCode(recorder::check).doesNotThrowAnyException();
    recorder.close();
    assertThat(Thread.getDefaultUncaughtExceptionHandler()).isSameAs(before);
  }

  @Test
  void closingChecksWhatCameAfterTheLastCheck() throws InterruptedException {
    UncaughtExceptions.Recorder recorder = new UncaughtExceptions.Recorder();

    dieOn("late", new IllegalStateException("after the last test"));

    assertThat(catchThrowable(recorder::close)).isExactlyInstanceOf(AssertionError.class).hasMessage("""
        threads died of exceptions that nothing caught:
          "late": java.lang.IllegalStateException: after the last test""");
  }
}
