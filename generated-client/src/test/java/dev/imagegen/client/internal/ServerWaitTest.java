package dev.imagegen.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imagegen.client.ResponseInfo;
import dev.imagegen.client.testing.FakeScheduler;
import dev.imagegen.client.testing.TestProviders;
import java.time.Duration;
import java.util.Optional;
import okhttp3.Headers;
import org.junit.jupiter.api.Test;

class ServerWaitTest {

  /** {@link FakeScheduler#START} is 2025-01-01T12:00:00Z. */
  private final ServerWait serverWait = new ServerWait(TestProviders.SEGMIND, new FakeScheduler());

  private Optional<Duration> waitFor(String... headers) {
    return serverWait.of(RuntimeAccess.responseInfo(429, Headers.of(headers)));
  }

  @Test
  void retryAfterInSeconds() {
    assertThat(waitFor("Retry-After", "30")).contains(Duration.ofSeconds(30));
    assertThat(waitFor("retry-after", " 1.5 ")).contains(Duration.ofMillis(1500));
  }

  @Test
  void retryAfterAsAnHttpDate() {
    assertThat(waitFor("Retry-After", "Wed, 01 Jan 2025 12:00:42 GMT")).contains(Duration.ofSeconds(42));
  }

  @Test
  void resetAtAsAnIsoInstantWithOrWithoutOffset() {
    assertThat(waitFor("x-rate-limit-reset-at-utc", "2025-01-01T12:00:10Z")).contains(Duration.ofSeconds(10));
    assertThat(waitFor("x-rate-limit-reset-at-utc", "2025-01-01T13:00:10+01:00")).contains(Duration.ofSeconds(10));
    assertThat(waitFor("x-rate-limit-reset-at-utc", "2025-01-01T12:00:10.5")).contains(Duration.ofMillis(10500));
  }

  @Test
  void resetAtAsEpochSecondsOrMillis() {
    long start = FakeScheduler.START.getEpochSecond();
    assertThat(waitFor("x-rate-limit-reset-at-utc", String.valueOf(start + 7))).contains(Duration.ofSeconds(7));
    assertThat(waitFor("x-rate-limit-reset-at-utc", String.valueOf((start + 7) * 1000)))
        .contains(Duration.ofSeconds(7));
  }

  @Test
  void retryAfterWinsOverResetAt() {
    assertThat(waitFor("Retry-After", "3", "x-rate-limit-reset-at-utc", "2025-01-01T12:00:10Z"))
        .contains(Duration.ofSeconds(3));
  }

  @Test
  void aTimeAlreadyPastIsNoWait() {
    assertThat(waitFor("x-rate-limit-reset-at-utc", "2024-12-31T23:59:59Z")).contains(Duration.ZERO);
    assertThat(waitFor("Retry-After", "-5")).contains(Duration.ZERO);
  }

  @Test
  void anAbsurdWaitCountsAsADay() {
    Duration day = Duration.ofDays(1);
    assertThat(waitFor("Retry-After", "1e30")).contains(day);
    assertThat(waitFor("Retry-After", "99999999999999999999")).contains(day);
    assertThat(waitFor("x-rate-limit-reset-at-utc", "1e30")).contains(day);
    assertThat(waitFor("x-rate-limit-reset-at-utc", "+999999999-12-31T23:59:59Z")).contains(day);
    assertThat(waitFor("Retry-After", "Fri, 31 Dec 9999 23:59:59 GMT")).contains(day);
  }

  @Test
  void anEpochBeforeNowIsNoWait() {
    assertThat(waitFor("x-rate-limit-reset-at-utc", "-5")).contains(Duration.ZERO);
    assertThat(waitFor("x-rate-limit-reset-at-utc", "-1e30")).contains(Duration.ZERO);
  }

  @Test
  void unreadableOrMissingHeadersAskForNothing() {
    assertThat(waitFor("Retry-After", "soon")).isEmpty();
    assertThat(waitFor("x-rate-limit-reset-at-utc", "tomorrow")).isEmpty();
    assertThat(waitFor("x-other", "1")).isEmpty();
  }
}
