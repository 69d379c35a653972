package dev.imagegen.client.flow;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static dev.imagegen.client.testing.Stubs.completed;
import static dev.imagegen.client.testing.Stubs.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import dev.imagegen.client.Job;
import dev.imagegen.client.JobStatus;
import dev.imagegen.client.error.ApiException;
import dev.imagegen.client.error.RateLimitedException;
import dev.imagegen.client.error.ServerException;
import dev.imagegen.client.error.TransportException;
import dev.imagegen.client.testing.Stubs;
import dev.imagegen.client.testing.TestRequest;
import dev.imagegen.client.testing.WireMockTestBase;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Status and result calls are retried on 429, 502, 503, 504 and I/O errors; with fake time and full jitter. */
class RetryTest extends WireMockTestBase {

  private static final Duration HALF_SECOND = Duration.ofMillis(500);

  private Job job;

  @BeforeEach
  void setUp() {
    stubs.submitAccepted();
    job = flux().submit(TestRequest.flux());
  }

  private static ResponseDefinitionBuilder failing(int status) {
    return aResponse().withStatus(status).withBody("{\"error\":\"busy\"}");
  }

  @Test
  void gatewayErrorsAreRetriedWithExponentialBackoff() {
    stubs.statuses(failing(502), failing(503), failing(504), status("QUEUED"));

    assertThat(job.status().value()).isEqualTo("QUEUED");
    assertThat(stubs.gets(Stubs.STATUS)).isEqualTo(4);
    assertThat(scheduler.waits()).containsExactly(HALF_SECOND, Duration.ofSeconds(1), Duration.ofSeconds(2));
  }

  @Test
  void retriesAreBounded() {
    stubs.statuses(failing(503));

    assertThatThrownBy(job::status)
        .isInstanceOf(ServerException.class)
        .hasMessage("GET v2/requests/" + Stubs.REQUEST_ID + "/status returned 503 Service Unavailable: {\"error\":\"busy\"}");
    assertThat(stubs.gets(Stubs.STATUS)).isEqualTo(4);
  }

  @ParameterizedTest
  @ValueSource(ints = {400, 401, 404, 500})
  void otherStatusesAreNotRetried(int status) {
    stubs.statuses(failing(status));

    ApiException failure = catchThrowableOfType(ApiException.class, job::status);

    assertThat(failure.status()).isEqualTo(status);
    assertThat(stubs.gets(Stubs.STATUS)).isEqualTo(1);
    assertThat(scheduler.waits()).isEmpty();
  }

  @Test
  void aRateLimitWaitsWhatRetryAfterSays() {
    stubs.statuses(failing(429).withHeader("Retry-After", "7"), status("PROCESSING"));

    assertThat(job.status().outcome()).isEqualTo(JobStatus.Outcome.PENDING);
    assertThat(scheduler.waits()).containsExactly(Duration.ofSeconds(7));
  }

  @Test
  void aServerThatSaysRetryAtOnceIsRetriedByThePolicyAlone() {
    stubs.statuses(failing(503).withHeader("Retry-After", "0"), status("QUEUED"));

    assertThat(job.status().value()).isEqualTo("QUEUED");
    assertThat(scheduler.waits()).containsExactly(Duration.ZERO);
    assertThat(stubs.gets(Stubs.STATUS)).isEqualTo(2);
  }

  @Test
  void aRateLimitWaitsUntilTheResetTime() {
    // The fake clock starts at 2025-01-01T12:00:00Z.
    stubs.statuses(failing(429).withHeader("x-rate-limit-reset-at-utc", "2025-01-01T12:00:03Z"), status("QUEUED"));

    job.status();

    assertThat(scheduler.waits()).containsExactly(Duration.ofSeconds(3));
  }

  @Test
  void aWaitLongerThanThePolicyAllowsEndsTheRetries() {
    stubs.statuses(failing(429).withHeader("Retry-After", "120"));

    RateLimitedException failure = catchThrowableOfType(RateLimitedException.class, job::status);

    assertThat(failure.retryAfter()).contains(Duration.ofMinutes(2));
    assertThat(failure).hasMessage("GET v2/requests/" + Stubs.REQUEST_ID + "/status returned 429 Too Many Requests"
        + " (retry after 2m): {\"error\":\"busy\"}");
    assertThat(stubs.gets(Stubs.STATUS)).isEqualTo(1);
    assertThat(scheduler.waits()).isEmpty();
  }

  @Test
  void ioErrorsAreRetried() {
    stubs.statuses(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER),
        aResponse().withFault(Fault.EMPTY_RESPONSE), status("PROCESSING"));

    assertThat(job.status().value()).isEqualTo("PROCESSING");
    assertThat(stubs.gets(Stubs.STATUS)).isEqualTo(3);
    assertThat(scheduler.waits()).containsExactly(HALF_SECOND, Duration.ofSeconds(1));
  }

  @Test
  void persistentIoErrorsEndAsATransportException() {
    stubs.statuses(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));

    assertThatThrownBy(job::status)
        .isInstanceOf(TransportException.class)
        .hasMessageStartingWith("GET v2/requests/" + Stubs.REQUEST_ID + "/status failed: ");
    assertThat(stubs.gets(Stubs.STATUS)).isEqualTo(4);
  }

  @Test
  void resultCallsAreRetriedToo() {
    stubs.statuses(status("COMPLETED"));
    stubs.results(failing(502), completed());

    assertThat(job.await().output().asText()).isEqualTo("https://cdn.segmind.com/out.jpg");
    assertThat(stubs.gets(Stubs.RESULT)).isEqualTo(2);
  }
}
