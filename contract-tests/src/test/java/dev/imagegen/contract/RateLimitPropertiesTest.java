package dev.imagegen.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.imagegen.client.RetryPolicy;
import dev.imagegen.client.error.RateLimitedException;
import dev.imagegen.contract.client.Clients;
import dev.imagegen.contract.client.GeneratedClient;
import dev.imagegen.contract.client.VirtualClock;
import dev.imagegen.contract.engine.Coverage;
import dev.imagegen.contract.engine.Property;
import dev.imagegen.contract.expect.ExpectedErrors;
import dev.imagegen.contract.gen.Texts;
import dev.imagegen.contract.gen.ValidRequest;
import dev.imagegen.contract.gen.ValidRequests;
import dev.imagegen.contract.gen.WaitHint;
import dev.imagegen.contract.mock.Call;
import dev.imagegen.contract.mock.Journal;
import dev.imagegen.contract.mock.Replies;
import dev.imagegen.contract.mock.Reply;
import dev.imagegen.contract.spec.ModelUnderTest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Property j: a 429 is waited out as the server says, within the retry policy's bounds; on a POST it
 * is reported with the wait, never retried.
 */
class RateLimitPropertiesTest extends MockedApiTest {

  private static final Property WAITS_AS_TOLD = new Property(RateLimitPropertiesTest.class,
      "j. 429 with Retry-After or the reset header: the retry waits as told, within bounds");

  private static final int TOO_MANY_REQUESTS = 429;
  private static final RetryPolicy POLICY = RetryPolicy.defaults();

  /** {@code limited} 429s to one call, each with the same hint, then a good answer. */
  record RateLimits(ValidRequest request, Call call, WaitHint hint, int limited, String error) {}

  @TestFactory
  Stream<DynamicTest> rateLimitedCallsWaitAsTold() {
    return WAITS_AS_TOLD.forEachModel(Property.Applies.ALWAYS, RateLimitPropertiesTest::rateLimits, (model, trial) -> {
      api.reset();
      Reply limited = Replies.error(model, TOO_MANY_REQUESTS, trial.error());
      Reply hinted = trial.hint().header().map(header -> limited.withHeader(header, trial.hint().value())).orElse(limited);
      trial.call().answer(api, model, Replies.repeatedThen(hinted, trial.limited(), trial.call().healthy(model)));
      VirtualClock clock = new VirtualClock();
      GeneratedClient client = Clients.onVirtualTime(api, model, Clients.API_KEY, clock);
      Throwable thrown = catchThrowable(() -> trial.call().send(client, trial.request().params()));
      Plan plan = Plan.of(model, trial);
      if (plan.succeeds()) {
        assertThat(thrown).as("the outcome").isNull();
      } else {
        Optional<Duration> retryAfter = trial.hint().waitAt(plan.lastAnswerAt());
        String callName = trial.call().name(api, model);
        assertThat(thrown).isExactlyInstanceOf(RateLimitedException.class).hasMessage(ExpectedErrors.message(callName,
            TOO_MANY_REQUESTS, ExpectedErrors.meaning(callName, TOO_MANY_REQUESTS, trial.error(), retryAfter.orElse(null)),
            hinted.bodyText()));
        assertThat(((RateLimitedException) thrown).retryAfter()).isEqualTo(retryAfter);
      }
      assertThat(Journal.lines(trial.call().sent(api, model))).as("%s calls", trial.call()).hasSize(plan.calls());
      assertWaits(clock.waits(), plan, trial);
      Coverage.count("429 waits", trial.call() + " " + trial.hint().form() + (plan.succeeds() ? " (retried)" : " (reported)"));
    });
  }

  /**
   * What the client must do: retry a GET while attempts remain, the asked wait is at most the
   * policy's longest honoured wait, and the wait ends before the job's deadline (the provider's, on
   * virtual time); wait exactly what was asked, or a backoff when nothing was. Backoffs (a few
   * seconds at most) are taken to fit in any provider's deadline.
   *
   * @param waits the asked waits, one per retry; empty entries are backoffs
   */
  record Plan(int calls, boolean succeeds, List<Optional<Duration>> waits, Instant lastAnswerAt) {

    static Plan of(ModelUnderTest model, RateLimits trial) {
      Instant deadline = VirtualClock.START.plus(model.v2().map(v2 -> v2.deadline()).orElse(Duration.ZERO));
      List<Optional<Duration>> waits = new ArrayList<>();
      Instant now = VirtualClock.START;
      int calls = 1;
      while (calls <= trial.limited()) {
        Optional<Duration> asked = trial.hint().waitAt(now);
        Instant at = now;
        boolean retried = !trial.call().createsWork() && calls < POLICY.maxAttempts()
            && asked.map(wait -> wait.compareTo(POLICY.maxServerWait()) <= 0 && at.plus(wait).isBefore(deadline)).orElse(true);
        if (!retried) {
          return new Plan(calls, false, waits, now);
        }
        waits.add(asked);
        now = now.plus(asked.orElse(Duration.ZERO));
        calls++;
      }
      return new Plan(calls, true, waits, now);
    }
  }

  private static void assertWaits(List<Duration> waits, Plan plan, RateLimits trial) {
    assertThat(waits).as("waits before the retries of %s", trial.call()).hasSize(plan.waits().size());
    for (int retry = 1; retry <= waits.size(); retry++) {
      Duration wait = waits.get(retry - 1);
      Optional<Duration> asked = plan.waits().get(retry - 1);
      if (asked.isPresent()) {
        assertThat(wait).as("wait before retry %d", retry).isEqualTo(asked.get());
      } else {
        assertThat(wait).as("backoff before retry %d", retry).isBetween(Duration.ZERO, cap(retry));
      }
    }
  }

  /** The largest backoff before retry {@code retry}: {@code min(maxDelay, baseDelay * 2^(retry - 1))}. */
  private static Duration cap(int retry) {
    Duration cap = POLICY.baseDelay().multipliedBy(1L << (retry - 1));
    return cap.compareTo(POLICY.maxDelay()) > 0 ? POLICY.maxDelay() : cap;
  }

  private static Gen<RateLimits> rateLimits(ModelUnderTest model) {
    return ValidRequests.of(model).zip(Generate.pick(Call.of(model)), WaitHint.of(model), integers().between(1, POLICY.maxAttempts()),
        Texts.errorMessages(), RateLimits::new);
  }
}
