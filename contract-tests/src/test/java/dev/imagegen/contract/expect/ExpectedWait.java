package dev.imagegen.contract.expect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imagegen.client.JobStatus;
import dev.imagegen.client.error.InferenceFailedException;
import dev.imagegen.client.error.InferenceTimeoutException;
import dev.imagegen.client.error.UnknownJobStatusException;
import dev.imagegen.contract.gen.StatusAnswer;
import dev.imagegen.contract.gen.StatusScript;
import dev.imagegen.contract.spec.StatusVocabulary;
import dev.imagegen.generator.spec.SegmindV2Spec;
import dev.imagegen.generator.spec.StatusOutcome;
import java.time.Duration;
import java.util.Optional;

/**
 * The oracle of a wait whose status answers may drift from the spec, as the {@code Job} Javadoc and the
 * README ("Statuses the spec does not list") tell it. Status calls go on at a fixed interval, the last
 * answer repeated, until one of these ends the wait:
 * <ul>
 *   <li>a value the spec lists as succeeded (in any case, with whitespace around it): the result is
 *       fetched;</li>
 *   <li>one it lists as failed, or one it does not list that comes with an error text: an
 *       {@link InferenceFailedException} at once;</li>
 *   <li>the {@value #UNKNOWN_IN_A_ROW}th answer in a row of values it does not list, without an error
 *       text (a listed pending value starts the count again): an {@link UnknownJobStatusException};</li>
 *   <li>the deadline, after the status call that leaves no whole interval before it: an
 *       {@link InferenceTimeoutException} with the last status answered.</li>
 * </ul>
 *
 * @param end how the wait ends
 * @param last the answer that ended it (for a timeout, the last one before the deadline)
 * @param statusCalls the status calls made
 */
public record ExpectedWait(End end, StatusAnswer last, int statusCalls) {

  /** How many answers in a row may carry a value the spec does not list, without an error text. */
  public static final int UNKNOWN_IN_A_ROW = 3;

  /** How a wait ends. */
  public enum End { RESULT, FAILED, UNKNOWN_STATUS, TIMEOUT }

  public static ExpectedWait of(SegmindV2Spec v2, StatusScript script) {
    int unknownInARow = 0;
    for (int call = 1; ; call++) {
      StatusAnswer answer = script.answers().get(Math.min(call, script.answers().size()) - 1);
      Optional<StatusOutcome> outcome = StatusVocabulary.outcomeOf(v2, answer.value());
      if (outcome.isEmpty() ? answer.error() != null : outcome.get() == StatusOutcome.FAILED) {
        return new ExpectedWait(End.FAILED, answer, call);
      }
      if (outcome.isPresent() && outcome.get() == StatusOutcome.SUCCEEDED) {
        return new ExpectedWait(End.RESULT, answer, call);
      }
      unknownInARow = outcome.isEmpty() ? unknownInARow + 1 : 0;
      if (unknownInARow == UNKNOWN_IN_A_ROW) {
        return new ExpectedWait(End.UNKNOWN_STATUS, answer, call);
      }
      if (call == script.polls()) {
        return new ExpectedWait(End.TIMEOUT, answer, call);
      }
    }
  }

  /**
   * The result calls the wait makes: one for a result, and one for a FAILED status that left out the
   * server's error text, to learn it from the result answer (README, "The two flows").
   */
  public int resultCalls() {
    boolean failedWithoutError = end == End.FAILED && last.error() == null;
    return end == End.RESULT || failedWithoutError ? 1 : 0;
  }

  /**
   * The virtual time the wait takes at a fixed {@code interval}: one interval after each status call
   * but the last, and for a timeout the whole deadline.
   */
  public Duration elapsed(Duration interval, Duration deadline) {
    return end == End.TIMEOUT ? deadline : interval.multipliedBy(statusCalls - 1L);
  }

  /** Checks what a wait that did not end in a result threw: its type, complete message, status and request id. */
  public void verifyFailure(SegmindV2Spec v2, Throwable thrown, String requestId, Duration deadline) {
    JobStatus status = statusOf(v2, last);
    switch (end) {
      case FAILED -> {
        String message = status.outcome() == JobStatus.Outcome.FAILED
            ? ExpectedErrors.inferenceFailed(requestId, last.error() == null ? "" : last.error())
            : ExpectedErrors.endedUnlisted(requestId, last.value(), last.error());
        assertThat(thrown).isExactlyInstanceOf(InferenceFailedException.class).hasMessage(message);
        InferenceFailedException failed = (InferenceFailedException) thrown;
        assertThat(failed.status()).as("status").isEqualTo(status);
        assertThat(failed.requestId()).isEqualTo(requestId);
      }
      case UNKNOWN_STATUS -> {
        assertThat(thrown).isExactlyInstanceOf(UnknownJobStatusException.class)
            .hasMessage(ExpectedErrors.unknownStatus(requestId, last.value(), UNKNOWN_IN_A_ROW));
        UnknownJobStatusException unknown = (UnknownJobStatusException) thrown;
        assertThat(unknown.status()).as("status").isEqualTo(status);
        assertThat(unknown.requestId()).contains(requestId);
      }
      case TIMEOUT -> {
        assertThat(thrown).isExactlyInstanceOf(InferenceTimeoutException.class)
            .hasMessage(ExpectedErrors.inferenceTimeout(requestId, deadline, last.value(), last.error()));
        InferenceTimeoutException timeout = (InferenceTimeoutException) thrown;
        assertThat(timeout.lastStatus()).as("last status").contains(status);
        assertThat(timeout.requestId()).isEqualTo(requestId);
      }
      case RESULT -> throw new AssertionError("expected the result, but the wait threw " + thrown);
    }
  }

  /** {@code answer} as the client must report it: the value as sent, its meaning by the spec, its error text. */
  private static JobStatus statusOf(SegmindV2Spec v2, StatusAnswer answer) {
    JobStatus.Outcome outcome = StatusVocabulary.outcomeOf(v2, answer.value())
        .map(listed -> JobStatus.Outcome.valueOf(listed.name())).orElse(JobStatus.Outcome.UNKNOWN);
    return new JobStatus(answer.value(), outcome, answer.error());
  }
}
