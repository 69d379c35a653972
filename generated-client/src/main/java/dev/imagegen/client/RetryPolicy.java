package dev.imagegen.client;

import dev.imagegen.client.internal.Durations;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * How status and result calls are retried on 429, 502, 503, 504 and I/O errors: exponential backoff
 * with full jitter, capped and bounded. A wait the server asks for ({@code Retry-After}, the reset
 * time) is honoured when it is at most {@link #maxServerWait()}; a longer one ends the retries.
 * Calls that create work (generate, submit) are never retried.
 *
 * <pre>{@code
 * RetryPolicy.builder().maxAttempts(6).maxDelay(Duration.ofSeconds(20)).build();
 * }</pre>
 */
public final class RetryPolicy {

  private static final RetryPolicy DEFAULTS = builder().build();

  private final int maxAttempts;
  private final Duration baseDelay;
  private final Duration maxDelay;
  private final Duration maxServerWait;
  private final DoubleSupplier jitter;

  private RetryPolicy(Builder builder) {
    this.maxAttempts = builder.maxAttempts;
    this.baseDelay = builder.baseDelay;
    this.maxDelay = builder.maxDelay;
    this.maxServerWait = builder.maxServerWait;
    this.jitter = builder.jitter;
  }

  /** 4 attempts, 500 ms base delay, 8 s cap, server waits up to 60 s honoured. */
  public static RetryPolicy defaults() {
    return DEFAULTS;
  }

  /** One attempt: no retries. */
  public static RetryPolicy none() {
    return builder().maxAttempts(1).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Attempts in all, the first included. */
  public int maxAttempts() {
    return maxAttempts;
  }

  public Duration baseDelay() {
    return baseDelay;
  }

  public Duration maxDelay() {
    return maxDelay;
  }

  /** The longest wait asked by the server that is honoured; a longer one is not retried. */
  public Duration maxServerWait() {
    return maxServerWait;
  }

  /**
   * The wait before retry number {@code retry} (1 for the first): a random share of
   * {@code min(maxDelay, baseDelay * 2^(retry - 1))}.
   */
  public Duration backoff(int retry) {
    long capMillis = maxDelay.toMillis();
    long ceilingMillis = baseDelay.toMillis();
    for (int i = 1; i < retry && ceilingMillis < capMillis; i++) {
      ceilingMillis *= 2;
    }
    // A jitter source that strays out of [0, 1] must not make a wait negative or longer than the cap.
    double share = Math.max(0, Math.min(1, jitter.getAsDouble()));
    return Duration.ofMillis((long) (Math.min(capMillis, ceilingMillis) * share));
  }

  @Override
  public String toString() {
    return "RetryPolicy{maxAttempts=" + maxAttempts + ", baseDelay=" + baseDelay + ", maxDelay=" + maxDelay
        + ", maxServerWait=" + maxServerWait + '}';
  }

  /** Builds a {@link RetryPolicy}. */
  public static final class Builder {
    private int maxAttempts = 4;
    private Duration baseDelay = Duration.ofMillis(500);
    private Duration maxDelay = Duration.ofSeconds(8);
    private Duration maxServerWait = Duration.ofSeconds(60);
    private DoubleSupplier jitter = () -> ThreadLocalRandom.current().nextDouble();

    private Builder() {}

    /** Attempts in all, at least 1. */
    public Builder maxAttempts(int maxAttempts) {
      if (maxAttempts < 1) {
        throw new IllegalArgumentException("maxAttempts must be at least 1, got " + maxAttempts);
      }
      this.maxAttempts = maxAttempts;
      return this;
    }

    public Builder baseDelay(Duration baseDelay) {
      this.baseDelay = Durations.requirePositive("baseDelay", baseDelay);
      return this;
    }

    public Builder maxDelay(Duration maxDelay) {
      this.maxDelay = Durations.requirePositive("maxDelay", maxDelay);
      return this;
    }

    public Builder maxServerWait(Duration maxServerWait) {
      this.maxServerWait = Durations.requireNotNegative("maxServerWait", maxServerWait);
      return this;
    }

    /** The source of jitter, values in [0, 1] (others are clamped); a constant makes waits predictable in tests. */
    public Builder jitter(DoubleSupplier jitter) {
      this.jitter = Objects.requireNonNull(jitter, "jitter");
      return this;
    }

    public RetryPolicy build() {
      return new RetryPolicy(this);
    }
  }
}
