package dev.imagegen.quickstart;

import java.time.Duration;

/** Durations as people read them: {@code 35 ms}, {@code 2.5 s}. */
final class Timing {

  private Timing() {}

  /** The time since {@code startNanos}, a {@link System#nanoTime()} reading. */
  static String since(long startNanos) {
    return of(Duration.ofNanos(System.nanoTime() - startNanos));
  }

  static String of(Duration duration) {
    long millis = duration.toMillis();
    return millis < 1000 ? millis + " ms" : String.format("%.1f s", millis / 1000.0);
  }
}
