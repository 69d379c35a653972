package dev.imagegen.contract.expect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imagegen.client.RetryPolicy;
import dev.imagegen.client.error.InferenceFailedException;
import dev.imagegen.client.error.JobNotFoundException;
import dev.imagegen.client.error.TransportException;
import dev.imagegen.contract.mock.Call;
import dev.imagegen.contract.spec.ModelUnderTest;
import dev.imagegen.generator.spec.SegmindV2Spec;
import java.io.IOException;
import java.util.Set;

/**
 * What an error answer on one call must end in: the exception type, its complete message, and how
 * many times the call is sent. Status and result calls are retried on 429, 502, 503, 504 and
 * transport failures, up to the retry policy's attempts; a POST never is. A 1xx status as the final
 * answer breaks HTTP, and OkHttp refuses a 407 from a server that is not a proxy: both must end as
 * transport failures; OkHttp hands a 101 back as an answer, an unexpected status.
 *
 * @param message the complete message; null for a transport failure, whose message quotes its cause
 */
public record ExpectedFailure(Class<? extends Throwable> type, String message, int calls) {

  private static final Set<Integer> RETRIED = Set.of(429, 502, 503, 504);
  /** The one 1xx that OkHttp hands back as a final answer. */
  private static final int SWITCHING_PROTOCOLS = 101;
  /** OkHttp refuses a 407 from a server that is not a proxy as a protocol error. */
  private static final int PROXY_AUTHENTICATION_REQUIRED = 407;

  /**
   * @param body the error body as the client received it
   * @param error the error text the server gave in the body's {@code error} field; null when the body has none
   */
  public static ExpectedFailure of(ModelUnderTest model, Call call, String callName, int status, String body, String error) {
    if ((status < 200 && status != SWITCHING_PROTOCOLS) || status == PROXY_AUTHENTICATION_REQUIRED) {
      return transport(call);
    }
    if (call.createsWork()) {
      return apiError(callName, status, body, error, 1);
    }
    SegmindV2Spec v2 = model.requireV2();
    if (status == v2.failedHttpStatus()) {
      return new ExpectedFailure(InferenceFailedException.class, ExpectedErrors.inferenceFailed(Call.REQUEST_ID, error), 1);
    }
    if (status == v2.notFoundHttpStatus()) {
      return new ExpectedFailure(JobNotFoundException.class, ExpectedErrors.message(callName, status,
          ExpectedErrors.jobNotFound(Call.REQUEST_ID, v2.retention()), body), 1);
    }
    return apiError(callName, status, body, error, RETRIED.contains(status) ? attempts() : 1);
  }

  /** A failure below HTTP on {@code call}: retried when the call is safe to repeat. */
  public static ExpectedFailure transport(Call call) {
    return new ExpectedFailure(TransportException.class, null, call.createsWork() ? 1 : attempts());
  }

  /** Checks {@code thrown}; a transport failure reads {@code <call> failed: <IOException>: <its message>}. */
  public void verify(Throwable thrown, String callName) {
    assertThat(thrown).as("the failure of %s", callName).isExactlyInstanceOf(type);
    if (message != null) {
      assertThat(thrown).hasMessage(message);
      return;
    }
    assertThat(thrown.getCause()).isInstanceOf(IOException.class);
    Throwable cause = thrown.getCause();
    String reason = cause.getMessage() == null
        ? cause.getClass().getSimpleName()
        : cause.getClass().getSimpleName() + ": " + cause.getMessage();
    assertThat(thrown).hasMessageStartingWith(callName + " failed: ").hasMessage(callName + " failed: " + reason);
  }

  private static ExpectedFailure apiError(String callName, int status, String body, String error, int calls) {
    return new ExpectedFailure(ExpectedErrors.typeOf(callName, status, error),
        ExpectedErrors.message(callName, status, ExpectedErrors.meaning(callName, status, error, null), body), calls);
  }

  private static int attempts() {
    return RetryPolicy.defaults().maxAttempts();
  }
}
