package dev.imagegen.contract.gen;

import static org.quicktheories.generators.SourceDSL.integers;

import dev.imagegen.contract.client.VirtualClock;
import dev.imagegen.contract.spec.ModelUnderTest;
import dev.imagegen.generator.spec.RateLimitSpec;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * How a 429 tells the client to wait, in each form the provider's spec names: {@code Retry-After}
 * as seconds or as an HTTP date, or the reset header as an ISO instant or epoch seconds. Absolute
 * forms name an instant on the {@link VirtualClock}, so the wait they mean shrinks as time passes.
 *
 * @param header empty when the 429 says nothing and the client backs off on its own
 * @param relative the wait of a seconds value; null for an absolute instant
 * @param instant the instant of an absolute value; null for a relative one
 */
public record WaitHint(String form, Optional<String> header, String value, Duration relative, Instant instant) {

  /** Waits up to twice the runtime's default longest honoured wait (60 s), so both sides are tried. */
  private static final int MAX_SECONDS = 120;

  public static Gen<WaitHint> of(ModelUnderTest model) {
    List<Gen<WaitHint>> forms = new ArrayList<>(List.of(Generate.constant(new WaitHint("none", Optional.empty(), "", null, null))));
    Optional<RateLimitSpec> limit = model.provider().rateLimit();
    Gen<Integer> seconds = integers().between(0, MAX_SECONDS);
    limit.flatMap(RateLimitSpec::retryAfterHeader).ifPresent(header -> {
      forms.add(seconds.map(s ->
          new WaitHint("Retry-After seconds", Optional.of(header), Integer.toString(s), Duration.ofSeconds(s), null)));
      forms.add(seconds.map(s -> absolute("Retry-After HTTP date", header, s, DateTimeFormatter.RFC_1123_DATE_TIME)));
    });
    limit.flatMap(RateLimitSpec::resetAtHeader).ifPresent(header -> {
      forms.add(seconds.map(s -> absolute("reset ISO instant", header, s, DateTimeFormatter.ISO_INSTANT)));
      forms.add(seconds.map(s -> new WaitHint("reset epoch seconds", Optional.of(header),
          Long.toString(VirtualClock.START.plusSeconds(s).getEpochSecond()), null, VirtualClock.START.plusSeconds(s))));
    });
    return Generate.pick(forms).flatMap(form -> form);
  }

  private static WaitHint absolute(String form, String header, int seconds, DateTimeFormatter format) {
    Instant instant = VirtualClock.START.plusSeconds(seconds);
    return new WaitHint(form, Optional.of(header), format.format(instant.atOffset(ZoneOffset.UTC)), null, instant);
  }

  /** The wait this hint asks for when read at {@code now}; empty when it says nothing. */
  public Optional<Duration> waitAt(Instant now) {
    if (header.isEmpty()) {
      return Optional.empty();
    }
    if (relative != null) {
      return Optional.of(relative);
    }
    Duration left = Duration.between(now, instant);
    return Optional.of(left.isNegative() ? Duration.ZERO : left);
  }

  @Override
  public String toString() {
    return header.map(name -> form + " " + name + ": " + value).orElse("no wait given");
  }
}
