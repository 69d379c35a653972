package dev.imagegen.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

  @Test
  void backoffDoublesUpToTheCapAndJitterTakesAShare() {
    RetryPolicy full = RetryPolicy.builder().jitter(() -> 1.0).build();
    assertThat(full.backoff(1)).isEqualTo(Duration.ofMillis(500));
    assertThat(full.backoff(2)).isEqualTo(Duration.ofSeconds(1));
    assertThat(full.backoff(4)).isEqualTo(Duration.ofSeconds(4));
    assertThat(full.backoff(5)).isEqualTo(Duration.ofSeconds(8));
    assertThat(full.backoff(80)).isEqualTo(Duration.ofSeconds(8));
    RetryPolicy half = RetryPolicy.builder().jitter(() -> 0.5).build();
    assertThat(half.backoff(3)).isEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void randomJitterStaysWithinTheCeiling() {
    RetryPolicy policy = RetryPolicy.defaults();
    for (int i = 0; i < 100; i++) {
      assertThat(policy.backoff(3)).isBetween(Duration.ZERO, Duration.ofSeconds(2));
    }
  }

  @Test
  void jitterOutsideZeroToOneIsClamped() {
    assertThat(RetryPolicy.builder().jitter(() -> 7.0).build().backoff(1)).isEqualTo(Duration.ofMillis(500));
    assertThat(RetryPolicy.builder().jitter(() -> -1.0).build().backoff(1)).isEqualTo(Duration.ZERO);
  }

  @Test
  void defaultsAreDocumented() {
    RetryPolicy policy = RetryPolicy.defaults();
    assertThat(policy.maxAttempts()).isEqualTo(4);
    assertThat(policy.baseDelay()).isEqualTo(Duration.ofMillis(500));
    assertThat(policy.maxDelay()).isEqualTo(Duration.ofSeconds(8));
    assertThat(policy.maxServerWait()).isEqualTo(Duration.ofSeconds(60));
    assertThat(RetryPolicy.none().maxAttempts()).isEqualTo(1);
  }

  @Test
  void badSettingsAreRefused() {
    assertThatThrownBy(() -> RetryPolicy.builder().maxAttempts(0)).hasMessage("maxAttempts must be at least 1, got 0");
    assertThatThrownBy(() -> RetryPolicy.builder().baseDelay(Duration.ZERO))
        .hasMessage("baseDelay must be positive, got PT0S");
    assertThatThrownBy(() -> RetryPolicy.builder().jitter(null)).hasMessage("jitter");
  }
}
