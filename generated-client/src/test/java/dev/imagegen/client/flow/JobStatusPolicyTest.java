package dev.imagegen.client.flow;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static dev.imagegen.client.testing.Stubs.REQUEST_ID;
import static dev.imagegen.client.testing.Stubs.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.imagegen.client.InferenceResult;
import dev.imagegen.client.JobStatus;
import dev.imagegen.client.error.InferenceFailedException;
import dev.imagegen.client.error.InferenceTimeoutException;
import dev.imagegen.client.error.UnexpectedStatusException;
import dev.imagegen.client.error.UnknownJobStatusException;
import dev.imagegen.client.testing.FluxService;
import dev.imagegen.client.testing.Stubs;
import dev.imagegen.client.testing.TestRequest;
import dev.imagegen.client.testing.WireMockTestBase;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Statuses outside the spec's list: spelling and case are forgiven, a new value with an error text
 * ends the wait as a failure at once, and one without ends it after three answers in a row; whatever
 * ends the wait carries the last status and the server's words. With fake time.
 */
class JobStatusPolicyTest extends WireMockTestBase {

  private FluxService flux;

  @BeforeEach
  void setUp() {
    stubs.submitAccepted();
    flux = flux();
  }

  @Test
  void aStatusInAnotherCaseMeansTheListedOne() {
    stubs.statuses(status("processing"), status(" Completed "));
    stubs.results(okJson("{\"status\":\"completed\",\"output\":\"https://cdn.segmind.com/out.jpg\"}"));

    InferenceResult result = flux.submit(TestRequest.flux()).await(Duration.ofSeconds(8));

    assertThat(result.status()).isEqualTo(new JobStatus("completed", JobStatus.Outcome.SUCCEEDED, null));
    assertThat(stubs.gets(Stubs.STATUS)).isEqualTo(2);
  }

  @Test
  void anUnlistedStatusWithAnErrorEndsTheWaitAtOnceWithTheServersWords() {
    stubs.statuses(okJson("{\"status\":\"CANCELLED\",\"error\":\"cancelled by operator\"}"));

    InferenceFailedException failure = catchThrowableOfType(InferenceFailedException.class,
        () -> flux.submit(TestRequest.flux()).await(Duration.ofSeconds(8)));

    assertThat(failure).hasMessage("Request " + REQUEST_ID + " ended with status CANCELLED, which the spec does not"
        + " list, and an error: cancelled by operator");
    assertThat(failure.status()).isEqualTo(new JobStatus("CANCELLED", JobStatus.Outcome.UNKNOWN, "cancelled by operator"));
    assertThat(failure.error()).isEqualTo("cancelled by operator");
    assertThat(stubs.gets(Stubs.STATUS)).isEqualTo(1);
    assertThat(stubs.gets(Stubs.RESULT)).isZero();
    assertThat(scheduler.waits()).isEmpty();
  }

  @Test
  void anUnlistedStatusWithoutAnErrorEndsTheWaitAfterThreeAnswersInARow() {
    stubs.statuses(status("STARTING"), status("PROCESSING"), status("CANCELLED"));

    UnknownJobStatusException failure = catchThrowableOfType(UnknownJobStatusException.class,
        () -> flux.submit(TestRequest.flux()).await());

    assertThat(failure).hasMessage("Request " + REQUEST_ID + " answered status CANCELLED, which the spec does not"
        + " list, 3 times in a row; it may still finish, so keep its request id to fetch the result later");
    assertThat(failure.status()).isEqualTo(new JobStatus("CANCELLED", JobStatus.Outcome.UNKNOWN, null));
    assertThat(failure.requestId()).contains(REQUEST_ID);
    // STARTING, then PROCESSING resets the count, then three CANCELLED: five polls, not ten minutes of them.
    assertThat(stubs.gets(Stubs.STATUS)).isEqualTo(5);
  }

  @Test
  void aResultWithAnUnlistedStatusAndAnErrorIsAFailure() {
    stubs.statuses(status("COMPLETED"));
    stubs.results(okJson("{\"status\":\"EXPIRED\",\"error\":\"output deleted\","
        + "\"metrics\":{\"cost\":0.01,\"inference_time\":1.5}}"));

    InferenceFailedException failure = catchThrowableOfType(InferenceFailedException.class,
        () -> flux.submit(TestRequest.flux()).await(Duration.ofSeconds(8)));

    assertThat(failure).hasMessage("Request " + REQUEST_ID + " ended with status EXPIRED, which the spec does not"
        + " list, and an error: output deleted");
    assertThat(failure.metrics()).hasValueSatisfying(metrics -> {
      assertThat(metrics.cost()).hasValueSatisfying(cost -> assertThat(cost).isEqualByComparingTo("0.01"));
      assertThat(metrics.inferenceTime()).contains(Duration.ofMillis(1500));
    });
  }

  @Test
  void theDeadlineCarriesTheLastStatusAndItsError() {
    stubs.statuses(okJson("{\"status\":\"PROCESSING\",\"error\":\"GPU busy, retrying\"}"));

    InferenceTimeoutException failure = catchThrowableOfType(InferenceTimeoutException.class,
        () -> flux.submit(TestRequest.flux()).await(Duration.ofSeconds(3)));

    assertThat(failure).hasMessage("Request " + REQUEST_ID + " did not finish within 3s (last status PROCESSING:"
        + " GPU busy, retrying); it may still finish, so keep its request id to fetch the result later");
    assertThat(failure.lastStatus()).contains(new JobStatus("PROCESSING", JobStatus.Outcome.PENDING,
        "GPU busy, retrying"));
  }

  @Test
  void aBlankErrorIsNoError() {
    stubs.statuses(okJson("{\"status\":\"PAUSED\",\"error\":\"  \"}"));

    UnknownJobStatusException failure = catchThrowableOfType(UnknownJobStatusException.class,
        () -> flux.submit(TestRequest.flux()).await(Duration.ofSeconds(8)));

    assertThat(failure.status()).isEqualTo(new JobStatus("PAUSED", JobStatus.Outcome.UNKNOWN, null));
  }

  @Test
  void anUnlistedStatusThatEchoesTheKeyIsQuotedMasked() {
    stubs.statuses(okJson("{\"status\":\"" + API_KEY + "\"}"));

    UnknownJobStatusException failure = catchThrowableOfType(UnknownJobStatusException.class,
        () -> flux.submit(TestRequest.flux()).await(Duration.ofSeconds(8)));

    assertThat(failure).hasMessageStartingWith("Request " + REQUEST_ID + " answered status ****, which");
  }

  @Test
  void aJobOfABlankRequestIdIsRefused() {
    assertThatThrownBy(() -> flux.job(" "))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("requestId must not be blank");
  }

  @Test
  void goneToAStatusCallIsNoRetiredModel() {
    stubs.statuses(aResponse().withStatus(410).withBody("gone"));

    assertThatThrownBy(() -> flux.submit(TestRequest.flux()).status())
        .isExactlyInstanceOf(UnexpectedStatusException.class)
        .hasMessage("GET v2/requests/" + REQUEST_ID + "/status returned 410 Gone: gone");
  }
}
