package dev.imagegen.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.imagegen.client.Job;
import dev.imagegen.client.JobStatus;
import dev.imagegen.client.error.InferenceFailedException;
import dev.imagegen.client.error.InferenceTimeoutException;
import dev.imagegen.client.error.JobNotFoundException;
import dev.imagegen.contract.client.Clients;
import dev.imagegen.contract.client.VirtualClock;
import dev.imagegen.contract.engine.Coverage;
import dev.imagegen.contract.engine.Property;
import dev.imagegen.contract.expect.ExpectedErrors;
import dev.imagegen.contract.expect.ExpectedReport;
import dev.imagegen.contract.gen.JobScript;
import dev.imagegen.contract.gen.SentMetrics;
import dev.imagegen.contract.gen.ValidRequest;
import dev.imagegen.contract.gen.ValidRequests;
import dev.imagegen.contract.mock.ApiPaths;
import dev.imagegen.contract.mock.Journal;
import dev.imagegen.contract.mock.Replies;
import dev.imagegen.contract.mock.Reply;
import dev.imagegen.contract.spec.ModelUnderTest;
import dev.imagegen.generator.spec.ResultFieldsSpec;
import dev.imagegen.generator.spec.SegmindV2Spec;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Properties e, f and g: v2 jobs that fail, vanish, or never end. */
class JobEndingsPropertiesTest extends MockedApiTest {

  private static final Property FAILS = new Property(JobEndingsPropertiesTest.class,
      "e. FAILED or the failed HTTP status gives the failure with the server's error, its metrics and the request id,"
          + " no result call after it");
  private static final Property VANISHES = new Property(JobEndingsPropertiesTest.class,
      "f. not-found on status or result gives the expired-or-unknown exception after a bounded number of calls");
  private static final Property TIMES_OUT = new Property(JobEndingsPropertiesTest.class,
      "g. a job that never completes stops at its deadline, with status calls <= deadline/interval + 1");

  /**
   * The least real time each status call of property g gets: on virtual time the client still gives a
   * call what is left of the deadline as its HTTP timeout, in real time, and the mock needs some to answer.
   */
  private static final Duration CALL_HEADROOM = Duration.ofSeconds(1);
  private static final long LONGEST_INTERVAL_MILLIS = 10_000;
  private static final int MOST_INTERVALS = 20;

  /** Where a job's failure shows. */
  enum Failure { FAILED_STATUS, FAILED_HTTP_STATUS_ON_STATUS, FAILED_HTTP_STATUS_ON_RESULT }

  /** Where a job's failure shows, and the metrics object its answer carries. */
  record Failing(Failure where, SentMetrics metrics) {}

  /** Where a job's id turns out unknown. */
  enum Vanishing { ON_STATUS, ON_RESULT }

  @TestFactory
  Stream<DynamicTest> failedJobsGiveTheServersErrorAndNoResultCall() {
    return FAILS.forEachModel(Property.Applies.V2, model -> trials(model, Generate.enumValues(Failure.class)
        .zip(SentMetrics.of(model), Failing::new)), (model, job) -> {
      api.reset();
      JobScript script = job.script();
      Failure failure = job.variant().where();
      ResultFieldsSpec fields = Replies.resultFields(model.requireV2());
      Optional<ObjectNode> metrics = job.variant().metrics().json(fields);
      List<Reply> statuses = script.pendingThen(switch (failure) {
        case FAILED_STATUS -> Replies.failedStatus(model, script.failed(), script.error(), metrics);
        case FAILED_HTTP_STATUS_ON_STATUS -> Replies.failed(model, script.failed(), script.error(), metrics);
        case FAILED_HTTP_STATUS_ON_RESULT -> Replies.status(script.succeeded());
      });
      List<Reply> result = failure == Failure.FAILED_HTTP_STATUS_ON_RESULT
          ? List.of(Replies.failed(model, script.failed(), script.error(), metrics))
          : List.of();
      api.stubJob(model, script.requestId(), statuses, result);
      Throwable thrown = catchThrowable(() -> submit(model, job.request()).await());
      assertThat(thrown).isInstanceOf(InferenceFailedException.class)
          .hasMessage(ExpectedErrors.inferenceFailed(script.requestId(), script.error()));
      InferenceFailedException failed = (InferenceFailedException) thrown;
      assertThat(failed.requestId()).isEqualTo(script.requestId());
      assertThat(failed.error()).isEqualTo(script.error());
      ExpectedReport.verifyFailure(failed, fields, job.variant().metrics());
      assertCalls(model, script, failure == Failure.FAILED_HTTP_STATUS_ON_RESULT ? 1 : 0);
      Coverage.count("v2 failures", failure.name() + (metrics.isPresent() ? " with metrics" : " without metrics"));
    });
  }

  @TestFactory
  Stream<DynamicTest> unknownRequestIdsGiveTheExpiredOrUnknownException() {
    return VANISHES.forEachModel(Property.Applies.V2, model -> trials(model, Generate.enumValues(Vanishing.class)), (model, job) -> {
      api.reset();
      JobScript script = job.script();
      boolean onStatus = job.variant() == Vanishing.ON_STATUS;
      api.stubJob(model, script.requestId(), script.pendingThen(onStatus ? Replies.notFound(model) : Replies.status(script.succeeded())),
          onStatus ? List.of() : List.of(Replies.notFound(model)));
      Throwable thrown = catchThrowable(() -> submit(model, job.request()).await());
      ApiPaths paths = ApiPaths.of(model);
      Journal journal = api.journal();
      LoggedRequest last = journal.requests().get(journal.requests().size() - 1);
      SegmindV2Spec v2 = model.requireV2();
      assertThat(thrown).isInstanceOf(JobNotFoundException.class).hasMessage(ExpectedErrors.message(
          paths.callName("GET", Journal.rawPath(last)), v2.notFoundHttpStatus(),
          ExpectedErrors.jobNotFound(script.requestId(), v2.retention()), Replies.notFound(model).bodyText()));
      JobNotFoundException notFound = (JobNotFoundException) thrown;
      assertThat(notFound.requestId()).contains(script.requestId());
      assertThat(notFound.status()).isEqualTo(v2.notFoundHttpStatus());
      assertCalls(model, script, onStatus ? 0 : 1);
      Coverage.count("v2 unknown request ids", job.variant().name());
    });
  }

  @TestFactory
  Stream<DynamicTest> jobsThatNeverCompleteStopAtTheirDeadline() {
    return TIMES_OUT.forEachModel(Property.Applies.V2, JobEndingsPropertiesTest::endlessJobs, (model, trial) -> {
      api.reset();
      JobScript script = trial.script();
      EndlessJob job = trial.variant();
      api.stubJob(model, script.requestId(), List.of(Replies.status(script.pending().get(0))), List.of());
      VirtualClock clock = new VirtualClock();
      // A fixed interval (the growth capped at the first interval), so that the bound is tight.
      Job submitted = Clients.onVirtualTime(api, model, Clients.API_KEY, clock, builder -> {
        builder.pollInterval(job.interval()).maxPollInterval(job.interval());
        return job.viaClientDefault() ? builder.deadline(job.deadline()) : builder;
      }).submit(trial.request().params());
      Throwable thrown = catchThrowable(() -> {
        if (job.viaClientDefault()) {
          submitted.await();
        } else {
          submitted.await(job.deadline());
        }
      });
      String pending = script.pending().get(0);
      assertThat(thrown).isInstanceOf(InferenceTimeoutException.class)
          .hasMessage(ExpectedErrors.inferenceTimeout(script.requestId(), job.deadline(), pending, null));
      InferenceTimeoutException timeout = (InferenceTimeoutException) thrown;
      assertThat(timeout.requestId()).isEqualTo(script.requestId());
      assertThat(timeout.lastStatus()).contains(new JobStatus(pending, JobStatus.Outcome.PENDING, null));
      assertThat(timeout.deadline()).isEqualTo(job.deadline());
      assertThat(clock.elapsed()).as("virtual time waited").isEqualTo(job.deadline());
      ApiPaths paths = ApiPaths.of(model);
      long wholeIntervals = job.deadline().toMillis() / job.interval().toMillis();
      // At most one call per interval and one at the start; at least one per whole interval: it kept polling.
      assertThat(Journal.lines(api.journal().jobCalls(paths.statusTemplate(), script.requestId())))
          .as("status calls in %s at intervals of %s", job.deadline(), job.interval())
          .hasSizeBetween((int) wholeIntervals, (int) wholeIntervals + 1);
      assertThat(Journal.lines(api.journal().jobCalls(paths.resultTemplate()))).as("result calls").isEmpty();
      Coverage.count("v2 deadlines", (job.viaClientDefault() ? "client default deadline" : "deadline given to await")
          + (job.deadline().toMillis() % job.interval().toMillis() == 0 ? ", on a poll" : ", between polls"));
    });
  }

  /** A valid request, the job it starts at the server, and a variant of how the job ends. */
  record JobTrial<V>(ValidRequest request, JobScript script, V variant) {}

  /**
   * A poll interval, and a deadline of 1 to {@value #MOST_INTERVALS} intervals plus a remainder (none,
   * or at least {@link #CALL_HEADROOM}), given to the client or to {@code await}.
   */
  record EndlessJob(Duration interval, Duration deadline, boolean viaClientDefault) {}

  private static <V> Gen<JobTrial<V>> trials(ModelUnderTest model, Gen<V> variants) {
    return ValidRequests.of(model).zip(JobScript.of(model), variants, JobTrial::new);
  }

  /**
   * Every status call keeps {@link #CALL_HEADROOM} before the deadline: intervals are at least that
   * long, and a remainder shorter than that is dropped, which leaves the deadline on a poll.
   */
  private static Gen<JobTrial<EndlessJob>> endlessJobs(ModelUnderTest model) {
    long headroom = CALL_HEADROOM.toMillis();
    Gen<Duration> intervals = longs().between(headroom, LONGEST_INTERVAL_MILLIS).map(Duration::ofMillis);
    Gen<EndlessJob> endless = intervals.flatMap(interval -> longs().between(0, interval.toMillis() - 1)
        .map(remainder -> remainder < headroom ? Duration.ZERO : Duration.ofMillis(remainder))
        .zip(integers().between(1, MOST_INTERVALS), Generate.booleans(), (remainder, intervalsToDeadline, viaClient) ->
            new EndlessJob(interval, interval.multipliedBy(intervalsToDeadline).plus(remainder), viaClient)));
    return trials(model, endless).assuming(trial -> !trial.script().pending().isEmpty());
  }

  private static Job submit(ModelUnderTest model, ValidRequest request) {
    return Clients.onVirtualTime(api, model, Clients.API_KEY, new VirtualClock()).submit(request.params());
  }

  /** One submit, the script's status calls, and {@code resultCalls} result calls, all for its id. */
  private static void assertCalls(ModelUnderTest model, JobScript script, int resultCalls) {
    ApiPaths paths = ApiPaths.of(model);
    Journal journal = api.journal();
    assertThat(Journal.lines(journal.calls("POST", paths.submit()))).as("submits").hasSize(1);
    assertThat(Journal.lines(journal.jobCalls(paths.statusTemplate(), script.requestId()))).as("status calls")
        .hasSize(script.statusCalls());
    assertThat(Journal.lines(journal.jobCalls(paths.resultTemplate(), script.requestId()))).as("result calls").hasSize(resultCalls);
    assertThat(Journal.lines(journal.requests())).as("every call").hasSize(1 + script.statusCalls() + resultCalls);
  }
}
