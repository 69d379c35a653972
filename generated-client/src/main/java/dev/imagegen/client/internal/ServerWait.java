package dev.imagegen.client.internal;

import dev.imagegen.client.ResponseInfo;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.Optional;

/**
 * The wait a server asks for: {@code Retry-After} as seconds or an HTTP date, else a reset instant
 * such as Segmind's {@code x-rate-limit-reset-at-utc}, as an ISO date-time (UTC when it has no
 * offset) or epoch seconds. A time already past is a wait of zero; a wait beyond a day counts as a
 * day, so that absurd values stay representable (the retry policy refuses such waits anyway).
 */
final class ServerWait {

  /** Epoch values above this are milliseconds: in seconds they would lie after the year 5000. */
  private static final BigDecimal LARGEST_EPOCH_SECOND = BigDecimal.valueOf(100_000_000_000L);
  private static final Duration LONGEST_WAIT = Duration.ofDays(1);

  private final ProviderDescriptor provider;
  private final Scheduler scheduler;

  ServerWait(ProviderDescriptor provider, Scheduler scheduler) {
    this.provider = provider;
    this.scheduler = scheduler;
  }

  Optional<Duration> of(ResponseInfo response) {
    Optional<Duration> retryAfter = provider.retryAfterHeader().flatMap(response::header).flatMap(this::retryAfter);
    return retryAfter.isPresent()
        ? retryAfter
        : provider.resetAtHeader().flatMap(response::header).flatMap(this::untilReset);
  }

  private Optional<Duration> retryAfter(String value) {
    Optional<BigDecimal> seconds = WireNumbers.decimal(value);
    if (seconds.isPresent()) {
      return Optional.of(bounded(seconds.get().movePointRight(3)));
    }
    try {
      return Optional.of(untilInstant(ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant()));
    } catch (DateTimeParseException notADate) {
      return Optional.empty();
    }
  }

  private Optional<Duration> untilReset(String value) {
    Optional<BigDecimal> epoch = WireNumbers.decimal(value);
    if (epoch.isPresent()) {
      BigDecimal epochMillis = epoch.get().compareTo(LARGEST_EPOCH_SECOND) > 0 ? epoch.get() : epoch.get().movePointRight(3);
      return Optional.of(bounded(epochMillis.subtract(BigDecimal.valueOf(scheduler.now().toEpochMilli()))));
    }
    try {
      TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parseBest(value.trim(), ZonedDateTime::from, LocalDateTime::from);
      return Optional.of(untilInstant(parsed instanceof ZonedDateTime
          ? ((ZonedDateTime) parsed).toInstant()
          : ((LocalDateTime) parsed).toInstant(ZoneOffset.UTC)));
    } catch (DateTimeParseException notADate) {
      return Optional.empty();
    }
  }

  private Duration untilInstant(Instant instant) {
    Duration wait = Duration.between(scheduler.now(), instant);
    return wait.isNegative() ? Duration.ZERO : wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
  }

  /** {@code millis} as a wait between zero and {@link #LONGEST_WAIT}. */
  private static Duration bounded(BigDecimal millis) {
    BigDecimal longest = BigDecimal.valueOf(LONGEST_WAIT.toMillis());
    return Duration.ofMillis(millis.max(BigDecimal.ZERO).min(longest).longValue());
  }
}
