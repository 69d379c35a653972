package dev.imagegen.client.error;

import java.math.BigDecimal;
import java.time.Duration;

/** Durations as people write them in messages: {@code 1h}, {@code 10m}, {@code 1.5s}. */
final class DurationText {

  private static final long HOUR_MILLIS = 3_600_000;
  private static final long MINUTE_MILLIS = 60_000;

  private DurationText() {}

  static String of(Duration duration) {
    long millis = duration.toMillis();
    if (millis != 0 && millis % HOUR_MILLIS == 0) {
      return millis / HOUR_MILLIS + "h";
    }
    if (millis != 0 && millis % MINUTE_MILLIS == 0) {
      return millis / MINUTE_MILLIS + "m";
    }
    return BigDecimal.valueOf(millis, 3).stripTrailingZeros().toPlainString() + "s";
  }
}
