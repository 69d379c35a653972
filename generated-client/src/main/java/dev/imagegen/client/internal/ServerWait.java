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
 * offset) or epoch seconds. A time already past is a wait of zero.
 */
final class ServerWait {

  /** Epoch values above this are milliseconds: in seconds they would lie after the year 5000. */
  private static final long LARGEST_EPOCH_SECOND = 100_000_000_000L;

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
        : provider.resetAtHeader().flatMap(response::header).flatMap(this::resetAt).map(this::untilInstant);
  }

  private Optional<Duration> retryAfter(String value) {
    Optional<BigDecimal> seconds = decimal(value);
    if (seconds.isPresent()) {
      return Optional.of(seconds(seconds.get()));
    }
    try {
      return Optional.of(untilInstant(ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant()));
    } catch (DateTimeParseException notADate) {
      return Optional.empty();
    }
  }

  private Optional<Instant> resetAt(String value) {
    Optional<BigDecimal> epoch = decimal(value);
    if (epoch.isPresent()) {
      BigDecimal millis = epoch.get().compareTo(BigDecimal.valueOf(LARGEST_EPOCH_SECOND)) > 0
          ? epoch.get()
          : epoch.get().movePointRight(3);
      return Optional.of(Instant.ofEpochMilli(millis.longValue()));
    }
    try {
      TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parseBest(value.trim(), ZonedDateTime::from, LocalDateTime::from);
      return Optional.of(parsed instanceof ZonedDateTime
          ? ((ZonedDateTime) parsed).toInstant()
          : ((LocalDateTime) parsed).toInstant(ZoneOffset.UTC));
    } catch (DateTimeParseException notADate) {
      return Optional.empty();
    }
  }

  private Duration untilInstant(Instant instant) {
    Duration wait = Duration.between(scheduler.now(), instant);
    return wait.isNegative() ? Duration.ZERO : wait;
  }

  private static Duration seconds(BigDecimal seconds) {
    return seconds.signum() < 0 ? Duration.ZERO : Duration.ofMillis(seconds.movePointRight(3).longValue());
  }

  private static Optional<BigDecimal> decimal(String value) {
    try {
      return Optional.of(new BigDecimal(value.trim()));
    } catch (NumberFormatException notANumber) {
      return Optional.empty();
    }
  }
}
