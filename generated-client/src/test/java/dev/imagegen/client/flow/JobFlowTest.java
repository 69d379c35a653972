package dev.imagegen.client.flow;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static dev.imagegen.client.testing.Stubs.REQUEST_ID;
import static dev.imagegen.client.testing.Stubs.completed;
import static dev.imagegen.client.testing.Stubs.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.imagegen.client.InferenceResult;
import dev.imagegen.client.Job;
import dev.imagegen.client.JobStatus;
import dev.imagegen.client.RequestOptions;
import dev.imagegen.client.RetryPolicy;
import dev.imagegen.client.error.InferenceFailedException;
import dev.imagegen.client.error.InferenceTimeoutException;
import dev.imagegen.client.error.JobNotFoundException;
import dev.imagegen.client.error.RateLimitedException;
import dev.imagegen.client.error.TransportException;
import dev.imagegen.client.error.UnauthorizedException;
import dev.imagegen.client.error.UnexpectedResponseException;
import dev.imagegen.client.internal.Scheduler;
import dev.imagegen.client.testing.FakeScheduler;
import dev.imagegen.client.testing.FluxService;
import dev.imagegen.client.testing.Stubs;
import dev.imagegen.client.testing.TestRequest;
import dev.imagegen.client.testing.WireMockTestBase;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The v2 flow: submit, poll the status, fetch the result once; with fake time. */
class JobFlowTest extends WireMockTestBase {

  private static final Duration SECOND = Duration.ofSeconds(1);
  private static final Duration SECOND_AND_A_HALF = Duration.ofMillis(1500);
  private static final Duration FIVE_SECONDS = Duration.ofSeconds(5);

  private FluxService flux;

  @BeforeEach
  void setUp() {
    stubs.submitAccepted();
    flux = flux();
  }

  @Test
  void theRequestIdIsKnownAtOnce() {
    Job job = flux.submit(TestRequest.flux());

    assertThat(job.requestId()).isEqualTo(REQUEST_ID);
    assertThat(job.submitResponse().path("status").asText()).isEqualTo("QUEUED");
    assertThat(server.getAllServeEvents()).hasSize(1);
    server.verify(postRequestedFor(urlEqualTo(Stubs.SUBMIT)).withHeader("x-api-key", equalTo(API_KEY))
        .withRequestBody(equalToJson("{\"prompt\":\"a tiger\",\"steps\":4}")));
  }

  @Test
  void statusIsOnePoll() {
    stubs.statuses(status("PROCESSING"));

    JobStatus status = flux.submit(TestRequest.flux()).status();

    assertThat(status).isEqualTo(new JobStatus("PROCESSING", JobStatus.Outcome.PENDING, null));
    assertThat(status.isTerminal()).isFalse();
    assertThat(stubs.gets(Stubs.STATUS)).isEqualTo(1);
  }

  @Test
  void awaitPollsEverySecondThenFetchesTheResultOnce() {
    stubs.statuses(status("QUEUED"), status("PROCESSING"), status("COMPLETED"));
    stubs.results(completed());

    InferenceResult result = flux.submit(TestRequest.flux()).await(Duration.ofMinutes(10));

    assertThat(result.requestId()).isEqualTo(REQUEST_ID);
    assertThat(result.status().outcome()).isEqualTo(JobStatus.Outcome.SUCCEEDED);
    assertThat(result.output().asText()).isEqualTo("https://cdn.segmind.com/out.jpg");
    assertThat(result.inferenceTime()).contains(Duration.ofMillis(2750));
    assertThat(result.body().path("status").asText()).isEqualTo("COMPLETED");
    assertThat(scheduler.waits()).containsExactly(SECOND, SECOND);
    assertThat(stubs.gets(Stubs.STATUS)).isEqualTo(3);
    assertThat(stubs.gets(Stubs.RESULT)).isEqualTo(1);
  }

  @Test
  void theWaitCountsFromTheStartOfTheLastCallSoSlowAnswersKeepTheSchedule() {
    stubs.statuses(status("PROCESSING").withFixedDelay(300), status("PROCESSING").withFixedDelay(300),
        status("COMPLETED"));
    stubs.results(completed());
    List<Duration> waits = new ArrayList<>();
    // Real time, so that the answers' delays count; the waits themselves are recorded and over at once.
    Scheduler clock = new Scheduler() {
      @Override
      public Instant now() {
        return Instant.now();
      }

      @Override
      public synchronized CompletableFuture<Void> delay(Duration delay) {
        waits.add(delay);
        return CompletableFuture.completedFuture(null);
      }
    };

    segmind(clock).build().submit(TestRequest.flux()).await(Duration.ofMinutes(1));

    assertThat(waits).hasSize(2).allSatisfy(wait -> assertThat(wait).isLessThanOrEqualTo(Duration.ofMillis(700)));
  }

  @Test
  void aResultStillPendingAfterACompletedStatusIsFetchedAgain() {
    stubs.statuses(status("COMPLETED"));
    stubs.results(status("PROCESSING"), completed());

    InferenceResult result = flux.submit(TestRequest.flux()).await();

    assertThat(result.status()).isEqualTo(new JobStatus("COMPLETED", JobStatus.Outcome.SUCCEEDED, null));
    assertThat(result.output().asText()).isEqualTo("https://cdn.segmind.com/out.jpg");
    assertThat(scheduler.waits()).containsExactly(SECOND);
    assertThat(stubs.gets(Stubs.STATUS)).isEqualTo(1);
    assertThat(stubs.gets(Stubs.RESULT)).isEqualTo(2);
  }

  @Test
  void aResultThatStaysPendingEndsTheWaitAtTheDeadline() {
    stubs.statuses(status("COMPLETED"));
    stubs.results(status("QUEUED"));

    InferenceTimeoutException failure = catchThrowableOfType(InferenceTimeoutException.class,
        () -> flux.submit(TestRequest.flux()).await(Duration.ofSeconds(3)));

    assertThat(failure).hasMessage("Request " + REQUEST_ID + " did not finish within 3s (last status QUEUED);"
        + " it may still finish, so keep its request id to fetch the result later");
    assertThat(failure.requestId()).isEqualTo(REQUEST_ID);
    assertThat(scheduler.waits()).containsExactly(SECOND, SECOND, SECOND);
    assertThat(stubs.gets(Stubs.STATUS)).isEqualTo(1);
    assertThat(stubs.gets(Stubs.RESULT)).isEqualTo(3);
  }

  @Test
  void aStatusTheSpecDoesNotListKeepsPolling() {
    stubs.statuses(status("WARMING_UP"), status("COMPLETED"));
    stubs.results(completed());

    flux.submit(TestRequest.flux()).await();

    assertThat(stubs.gets(Stubs.STATUS)).isEqualTo(2);
  }

  @Test
  void aFailedStatusEndsTheWaitWithoutAResultCall() {
    stubs.statuses(status("PROCESSING"),
        aResponse().withStatus(422).withBody("{\"status\":\"FAILED\",\"error\":\"NSFW content detected\"}"));

    InferenceFailedException failure = catchThrowableOfType(InferenceFailedException.class,
        () -> flux.submit(TestRequest.flux()).await());

    assertThat(failure).hasMessage("Request " + REQUEST_ID + " failed: NSFW content detected");
    assertThat(failure.requestId()).isEqualTo(REQUEST_ID);
    assertThat(failure.error()).isEqualTo("NSFW content detected");
    assertThat(stubs.gets(Stubs.RESULT)).isZero();
  }

  @Test
  void aFailedStatusWithStatus200IsAFailureToo() {
    stubs.statuses(okJson("{\"status\":\"FAILED\",\"error\":{\"code\":\"oom\"}}"));

    assertThatThrownBy(() -> flux.submit(TestRequest.flux()).await())
        .isInstanceOf(InferenceFailedException.class)
        .hasMessage("Request " + REQUEST_ID + " failed: {\"code\":\"oom\"}");
    assertThat(stubs.gets(Stubs.RESULT)).isZero();
  }

  @Test
  void statusShowsAFailureWithoutThrowing() {
    stubs.statuses(aResponse().withStatus(422).withBody("{\"error\":\"bad input\"}"));

    JobStatus status = flux.submit(TestRequest.flux()).status();

    assertThat(status).isEqualTo(new JobStatus("HTTP 422", JobStatus.Outcome.FAILED, "bad input"));
    assertThat(status).hasToString("HTTP 422 (FAILED): bad input");
  }

  @Test
  void aResultServedAs422IsAFailure() {
    stubs.statuses(status("COMPLETED"));
    stubs.results(aResponse().withStatus(422).withBody("{\"status\":\"FAILED\",\"error\":\"safety block\"}"));

    assertThatThrownBy(() -> flux.submit(TestRequest.flux()).await())
        .isInstanceOf(InferenceFailedException.class)
        .hasMessage("Request " + REQUEST_ID + " failed: safety block");
  }

  @Test
  void anUnknownOrExpiredIdIsReportedAsSuch() {
    stubs.statuses(aResponse().withStatus(404).withBody("{\"error\":\"not found\"}"));

    JobNotFoundException failure = catchThrowableOfType(JobNotFoundException.class,
        () -> flux.submit(TestRequest.flux()).status());

    assertThat(failure).hasMessage("GET v2/requests/" + REQUEST_ID + "/status returned 404 Not Found"
        + " (request " + REQUEST_ID + " is unknown or expired; results are kept for 1h): {\"error\":\"not found\"}");
    assertThat(failure.requestId()).contains(REQUEST_ID);
  }

  @Test
  void aResultThatExpiredAfterItsStatusIsReportedAsUnknownOrExpired() {
    stubs.statuses(status("COMPLETED"));
    stubs.results(aResponse().withStatus(404).withBody("{\"error\":\"expired\"}"));

    JobNotFoundException failure = catchThrowableOfType(JobNotFoundException.class,
        () -> flux.submit(TestRequest.flux()).await());

    assertThat(failure).hasMessage("GET v2/requests/" + REQUEST_ID + " returned 404 Not Found"
        + " (request " + REQUEST_ID + " is unknown or expired; results are kept for 1h): {\"error\":\"expired\"}");
    assertThat(stubs.gets(Stubs.RESULT)).isEqualTo(1);
  }

  @Test
  void otherErrorsOfAPollCarryTheRequestId() {
    stubs.statuses(aResponse().withStatus(401).withBody(""));

    UnauthorizedException failure = catchThrowableOfType(UnauthorizedException.class,
        () -> flux.submit(TestRequest.flux()).await());

    assertThat(failure.requestId()).contains(REQUEST_ID);
    assertThat(failure).hasMessage("GET v2/requests/" + REQUEST_ID + "/status returned 401 Unauthorized");
  }

  @Test
  void theIntervalGrowsAfterHalfAMinuteAndTheDeadlineEndsTheWaitWithTheRequestId() {
    stubs.statuses(status("PROCESSING"));
    FluxService client = segmind().maxPollInterval(Duration.ofSeconds(2)).build();

    InferenceTimeoutException failure = catchThrowableOfType(InferenceTimeoutException.class,
        () -> client.submit(TestRequest.flux()).await(Duration.ofSeconds(40)));

    assertThat(failure).hasMessage("Request " + REQUEST_ID + " did not finish within 40s (last status PROCESSING);"
        + " it may still finish, so keep its request id to fetch the result later");
    assertThat(failure.requestId()).isEqualTo(REQUEST_ID);
    assertThat(failure.deadline()).isEqualTo(Duration.ofSeconds(40));
    Duration two = Duration.ofSeconds(2);
    List<Duration> expected = new ArrayList<>(Collections.nCopies(30, SECOND));
    // Then growing by half to the cap; the last wait is cut to end at the deadline, where the wait ends without another poll.
    expected.addAll(List.of(SECOND_AND_A_HALF, two, two, two, two, Duration.ofMillis(500)));
    assertThat(scheduler.waits()).isEqualTo(expected);
    assertThat(stubs.gets(Stubs.STATUS)).isEqualTo(36);
  }

  @Test
  void theClientsPollingSettingsApply() {
    stubs.statuses(status("PROCESSING"));
    FluxService client = segmind().pollInterval(Duration.ofSeconds(2)).deadline(Duration.ofSeconds(5)).build();

    assertThatThrownBy(() -> client.submit(TestRequest.flux()).await())
        .isInstanceOf(InferenceTimeoutException.class)
        .hasMessageStartingWith("Request " + REQUEST_ID + " did not finish within 5s (last status PROCESSING);");
    assertThat(scheduler.waits()).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(2), SECOND);
  }

  @Test
  void aJobCanBeAwaitedAgainByItsRequestId() {
    stubs.statuses(status("COMPLETED"));
    stubs.results(completed());

    InferenceResult result = flux.job(REQUEST_ID).await();

    assertThat(result.output().asText()).isEqualTo("https://cdn.segmind.com/out.jpg");
    assertThat(stubs.posts(Stubs.SUBMIT)).isZero();
  }

  @Test
  void aSubmitAnswerWithoutRequestIdIsUnexpected() {
    server.stubFor(post(urlEqualTo(Stubs.SUBMIT)).willReturn(okJson("{\"status\":\"QUEUED\"}")));

    assertThatThrownBy(() -> flux.submit(TestRequest.flux()))
        .isInstanceOf(UnexpectedResponseException.class)
        .hasMessage("POST v2/flux-schnell returned 200 without a request_id: {\"status\":\"QUEUED\"}");
  }

  @Test
  void aStatusAnswerThatIsNotJsonIsUnexpected() {
    stubs.statuses(aResponse().withStatus(200).withBody("<html>maintenance</html>"));

    assertThatThrownBy(() -> flux.submit(TestRequest.flux()).status())
        .isInstanceOf(UnexpectedResponseException.class)
        .hasMessage("GET v2/requests/" + REQUEST_ID + "/status returned 200 with a body that is not JSON:"
            + " <html>maintenance</html>");
  }

  @Test
  void thePerCallTimeoutAppliesToPolls() {
    stubs.statuses(status("PROCESSING").withFixedDelay(2_000));
    FluxService client = segmind().retryPolicy(RetryPolicy.none()).build();

    Job job = client.submit(TestRequest.flux(), RequestOptions.withTimeout(Duration.ofMillis(200)));

    assertThatThrownBy(job::status)
        .isInstanceOf(TransportException.class)
        .hasMessage("GET v2/requests/" + REQUEST_ID + "/status failed: the call did not end within the call timeout"
            + " of 0.2s");
  }

  @Test
  void aCallThatCannotBeMadeFailsTheFutureInsteadOfLeavingItPending() {
    Job job = flux.core().job(REQUEST_ID, id -> {
      throw new IllegalStateException("no status call");
    }, id -> null, RequestOptions.defaults());

    assertThat(job.future()).failsWithin(FIVE_SECONDS).withThrowableOfType(ExecutionException.class)
        .havingCause().isExactlyInstanceOf(IllegalStateException.class).withMessage("no status call");
  }

  @Test
  void aTimerThatFailsBetweenPollsFailsTheFutureInsteadOfLeavingItPending() {
    stubs.statuses(status("PROCESSING"));
    FluxService client = segmind(brokenTimer()).build();

    assertThat(client.submit(TestRequest.flux()).future()).failsWithin(FIVE_SECONDS)
        .withThrowableOfType(ExecutionException.class)
        .havingCause().isExactlyInstanceOf(IllegalStateException.class).withMessage("the timer is shut down");
  }

  @Test
  void aTimerThatFailsBeforeARetryFailsTheFutureInsteadOfLeavingItPending() {
    stubs.statuses(aResponse().withStatus(503));
    FluxService client = segmind(brokenTimer()).build();

    assertThat(client.submit(TestRequest.flux()).future()).failsWithin(FIVE_SECONDS)
        .withThrowableOfType(ExecutionException.class)
        .havingCause().isExactlyInstanceOf(IllegalStateException.class).withMessage("the timer is shut down");
  }

  /** A scheduler whose every wait throws, such as one whose executor was shut down. */
  private static Scheduler brokenTimer() {
    return new Scheduler() {
      @Override
      public Instant now() {
        return FakeScheduler.START;
      }

      @Override
      public CompletableFuture<Void> delay(Duration delay) {
        throw new IllegalStateException("the timer is shut down");
      }
    };
  }

  @Test
  void aRetryThatWouldEndAfterTheDeadlineIsNotMade() {
    stubs.statuses(status("PROCESSING"), aResponse().withStatus(429).withHeader("Retry-After", "7"));

    RateLimitedException failure = catchThrowableOfType(RateLimitedException.class,
        () -> flux.submit(TestRequest.flux()).await(Duration.ofSeconds(5)));

    assertThat(failure).hasMessage("GET v2/requests/" + REQUEST_ID + "/status returned 429 Too Many Requests"
        + " (retry after 7s)");
    assertThat(failure.requestId()).contains(REQUEST_ID);
    assertThat(scheduler.waits()).containsExactly(SECOND);
    assertThat(stubs.gets(Stubs.STATUS)).isEqualTo(2);
  }

  @Test
  void aStatusCallThatHangsEndsAtTheDeadline() {
    stubs.statuses(status("PROCESSING").withFixedDelay(10_000));
    FluxService client = segmind(Scheduler.system()).build();

    CompletableFuture<InferenceResult> future = client.submit(TestRequest.flux()).future(Duration.ofMillis(300));

    assertThat(future).failsWithin(FIVE_SECONDS).withThrowableOfType(ExecutionException.class)
        .havingCause().isExactlyInstanceOf(InferenceTimeoutException.class)
        .withMessage("Request " + REQUEST_ID + " did not finish within 0.3s;"
            + " it may still finish, so keep its request id to fetch the result later")
        .havingCause().isInstanceOf(TransportException.class);
  }

  @Test
  void aRequestIdThatNeedsEncodingIsUsedExactly() {
    String id = "a/b c?d#e%f";
    String path = "/v2/requests/a%2Fb%20c%3Fd%23e%25f";
    server.stubFor(post(urlEqualTo(Stubs.SUBMIT)).willReturn(okJson("{\"request_id\":\"a/b c?d#e%f\"}")));
    server.stubFor(get(urlEqualTo(path + "/status")).willReturn(status("COMPLETED")));
    server.stubFor(get(urlEqualTo(path)).willReturn(completed()));

    Job job = flux.submit(TestRequest.flux());
    InferenceResult result = job.await();

    assertThat(job.requestId()).isEqualTo(id);
    assertThat(result.requestId()).isEqualTo(id);
    assertThat(stubs.gets(path + "/status")).isEqualTo(1);
    assertThat(stubs.gets(path)).isEqualTo(1);
  }

  @Test
  void interleavedJobsKeepTheirOwnResults() {
    server.stubFor(post(urlEqualTo(Stubs.SUBMIT)).inScenario("ids").whenScenarioStateIs(Scenario.STARTED)
        .willSetStateTo("second").willReturn(okJson("{\"request_id\":\"first\"}")));
    server.stubFor(post(urlEqualTo(Stubs.SUBMIT)).inScenario("ids").whenScenarioStateIs("second")
        .willReturn(okJson("{\"request_id\":\"second\"}")));
    for (String id : List.of("first", "second")) {
      server.stubFor(get(urlEqualTo("/v2/requests/" + id + "/status")).willReturn(status("COMPLETED")));
      server.stubFor(get(urlEqualTo("/v2/requests/" + id))
          .willReturn(okJson("{\"status\":\"COMPLETED\",\"output\":\"" + id + ".jpg\"}")));
    }
    Job first = flux.submit(TestRequest.flux());
    Job second = flux.submit(TestRequest.flux());

    CompletableFuture<InferenceResult> secondResult = second.future();
    CompletableFuture<InferenceResult> firstResult = first.future();

    assertThat(firstResult).succeedsWithin(FIVE_SECONDS).satisfies(result -> {
      assertThat(result.requestId()).isEqualTo("first");
      assertThat(result.output().asText()).isEqualTo("first.jpg");
    });
    assertThat(secondResult).succeedsWithin(FIVE_SECONDS).satisfies(result -> {
      assertThat(result.requestId()).isEqualTo("second");
      assertThat(result.output().asText()).isEqualTo("second.jpg");
    });
  }

  @Test
  void theDeadlineMustBePositiveAndToStringNamesTheRequest() {
    Job job = flux.submit(TestRequest.flux());

    assertThatThrownBy(() -> job.await(Duration.ZERO)).hasMessage("deadline must be positive, got PT0S");
    assertThat(job).hasToString("Job{requestId=" + REQUEST_ID + "}");
  }
}
