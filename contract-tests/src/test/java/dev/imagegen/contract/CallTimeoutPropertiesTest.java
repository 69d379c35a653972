package dev.imagegen.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.imagegen.client.GeneratedImage;
import dev.imagegen.client.InferenceResult;
import dev.imagegen.client.JsonResponse;
import dev.imagegen.client.RequestOptions;
import dev.imagegen.client.RetryPolicy;
import dev.imagegen.client.error.CallTimeoutException;
import dev.imagegen.client.error.CallTimeoutException.Limit;
import dev.imagegen.contract.client.Clients;
import dev.imagegen.contract.client.GeneratedClient;
import dev.imagegen.contract.client.VirtualClock;
import dev.imagegen.contract.engine.Coverage;
import dev.imagegen.contract.engine.Property;
import dev.imagegen.contract.expect.ExpectedErrors;
import dev.imagegen.contract.gen.CallDelays;
import dev.imagegen.contract.gen.JobScript;
import dev.imagegen.contract.gen.ValidRequest;
import dev.imagegen.contract.gen.ValidRequests;
import dev.imagegen.contract.mock.ApiPaths;
import dev.imagegen.contract.mock.Journal;
import dev.imagegen.contract.mock.Replies;
import dev.imagegen.contract.mock.Reply;
import dev.imagegen.contract.spec.ModelUnderTest;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;

/**
 * Property p: {@code RequestOptions.withTimeout(t)} bounds a sync call, and each call of a v2 job (the
 * submit, the status calls), by {@code t}, below the client's own limits and above them. Its tries wait
 * in real time (a second or two each), so the property has few of them (README, "The budget").
 */
class CallTimeoutPropertiesTest extends MockedApiTest {

  private static final Property HONOURED = new Property(CallTimeoutPropertiesTest.class,
      "p. a per-call timeout is honoured: an answer later than it is a CallTimeoutException naming it, one in time succeeds"
          + " even past the client's own read timeout");
  private static final Property HONOURED_BY_JOBS = new Property(CallTimeoutPropertiesTest.class,
      "p. v2: a per-call timeout bounds the submit and each status call: one answered later is a CallTimeoutException naming"
          + " it, a job answered in time completes even past the client's own read timeout");

  /** A valid request, the job it starts, and the delays of its answers around the per-call timeout. */
  record JobTrial(ValidRequest request, JobScript job, CallDelays delays) {}

  @TestFactory
  Stream<DynamicTest> aPerCallTimeoutIsHonoured() {
    return HONOURED.forEachModelInRealTime(Property.Applies.SYNC, CallTimeoutPropertiesTest::trials, (model, trial) -> {
      ValidRequest request = trial._1;
      CallDelays delays = trial._2;
      Reply sample = Replies.syncSample(model);
      RequestOptions perCall = RequestOptions.withTimeout(delays.timeout());

      // In time for the per-call timeout, though later than the client's own read timeout, which applies without it.
      GeneratedClient shortReads = stubbed(model, sample.delayedBy(delays.inTime()),
          () -> Clients.withReadTimeout(api, model, CallDelays.CLIENT_READ_TIMEOUT));
      assertAnswered(shortReads.generate(request.params(), perCall), sample);
      assertThat(Journal.lines(api.journal().calls("POST", ApiPaths.of(model).sync()))).as("sync POSTs").hasSize(1);
      String sync = ApiPaths.of(model).callName("POST", ApiPaths.of(model).sync());
      assertTimedOut(catchThrowable(() -> shortReads.generate(request.params())), sync, Limit.READ,
          CallDelays.CLIENT_READ_TIMEOUT, Optional.empty());

      // Later than the per-call timeout, from a client whose own limits are far longer: the per-call one is the whole call's.
      GeneratedClient longReads = stubbed(model, sample.delayedBy(delays.late()),
          () -> Clients.onVirtualTime(api, model, Clients.API_KEY, new VirtualClock()));
      assertTimedOut(catchThrowable(() -> longReads.generate(request.params(), perCall)), sync, Limit.CALL, delays.timeout(),
          Optional.empty());
      Coverage.count("per-call timeouts", "answered in time past the client's read timeout; timed out below the client's");
    });
  }

  @TestFactory
  Stream<DynamicTest> aPerCallTimeoutBoundsEachCallOfAJob() {
    return HONOURED_BY_JOBS.forEachModelInRealTime(Property.Applies.V2, CallTimeoutPropertiesTest::jobTrials, (model, trial) -> {
      JobScript job = trial.job();
      CallDelays delays = trial.delays();
      RequestOptions perCall = RequestOptions.withTimeout(delays.timeout());
      ApiPaths paths = ApiPaths.of(model);

      // In time: the submit and the status call answer later than the client's own read timeout, within the per-call one.
      api.reset();
      api.stub(model, api.submitCall(model), Replies.submitAccepted(model, job.requestId()).delayedBy(delays.inTime()));
      api.stubPolls(model, job.requestId(), List.of(Replies.status(job.succeeded()).delayedBy(delays.inTime())),
          List.of(job.result(model)));
      InferenceResult result = Clients.onVirtualTime(api, model, Clients.API_KEY, new VirtualClock(),
          builder -> builder.readTimeout(CallDelays.CLIENT_READ_TIMEOUT)).submit(trial.request().params(), perCall).await();
      assertThat(result.requestId()).as("request id").isEqualTo(job.requestId());
      assertThat(result.output()).as("output").isEqualTo(job.output());
      Journal inTime = api.journal();
      assertThat(Journal.lines(inTime.requests())).as("calls of a job answered in time").hasSize(3);
      assertThat(Journal.lines(inTime.jobCalls(paths.resultTemplate(), job.requestId()))).as("result calls").hasSize(1);

      // A late submit, from a client whose own limits are far longer: the per-call timeout is the whole call's.
      api.reset();
      api.stub(model, api.submitCall(model), Replies.submitAccepted(model, job.requestId()).delayedBy(delays.late()));
      GeneratedClient longReads = Clients.onVirtualTime(api, model, Clients.API_KEY, new VirtualClock());
      assertTimedOut(catchThrowable(() -> longReads.submit(trial.request().params(), perCall)),
          paths.callName("POST", paths.submit()), delays.timeout(), Optional.empty());

      // A late status call, not retried: each retry would wait out the timeout again, and property i covers retries.
      api.reset();
      api.stubJob(model, job.requestId(), List.of(Replies.status(job.succeeded()).delayedBy(delays.late())), List.of());
      GeneratedClient once = Clients.onVirtualTime(api, model, Clients.API_KEY, new VirtualClock(),
          builder -> builder.retryPolicy(RetryPolicy.none()));
      Throwable thrown = catchThrowable(() -> once.submit(trial.request().params(), perCall).await());
      List<LoggedRequest> statusCalls = api.journal().jobCalls(paths.statusTemplate(), job.requestId());
      assertThat(Journal.lines(statusCalls)).as("status calls").hasSize(1);
      assertTimedOut(thrown, paths.callName("GET", Journal.rawPath(statusCalls.get(0))), delays.timeout(),
          Optional.of(job.requestId()));
      assertThat(Journal.lines(api.journal().jobCalls(paths.resultTemplate()))).as("result calls").isEmpty();
      Coverage.count("per-call timeouts", "v2: job in time past the client's read timeout; late submit and status call timed out");
    });
  }

  private static Gen<JobTrial> jobTrials(ModelUnderTest model) {
    return ValidRequests.of(model).zip(JobScript.of(model), CallDelays.of(), JobTrial::new);
  }

  private static Gen<Pair<ValidRequest, CallDelays>> trials(ModelUnderTest model) {
    return ValidRequests.of(model).zip(CallDelays.of(), Pair::of);
  }

  /** Starts a part of a try whose sync call answers {@code reply}, and the client {@code client} makes for it. */
  private static GeneratedClient stubbed(ModelUnderTest model, Reply reply, Supplier<GeneratedClient> client) {
    api.reset();
    api.stub(model, api.syncCall(model), reply);
    return client.get();
  }

  /** The sample answer, read whole: the image's bytes, or the JSON. */
  private static void assertAnswered(Object answer, Reply sample) {
    if (answer instanceof GeneratedImage image) {
      assertThat(image.bytes()).as("image").isEqualTo(sample.body());
    } else {
      assertThat(((JsonResponse) answer).body()).as("JSON answer").isEqualTo(sample.json().orElseThrow());
    }
  }

  /** A {@link CallTimeoutException} of the whole call, naming the per-call {@code timeout}. */
  private static void assertTimedOut(Throwable thrown, String call, Duration timeout, Optional<String> requestId) {
    assertTimedOut(thrown, call, Limit.CALL, timeout, requestId);
  }

  /**
   * A {@link CallTimeoutException} of {@code call} and {@code limit}, naming {@code timeout}, caused by
   * OkHttp's exception; a call that got no answer has a request id only when it concerns a known job.
   */
  private static void assertTimedOut(Throwable thrown, String call, Limit limit, Duration timeout, Optional<String> requestId) {
    assertThat(thrown).as("the failure of %s answered too late for %s", call, ExpectedErrors.duration(timeout))
        .isExactlyInstanceOf(CallTimeoutException.class)
        .hasMessage(ExpectedErrors.callTimeout(call, limit, timeout))
        .hasCauseInstanceOf(IOException.class);
    CallTimeoutException timedOut = (CallTimeoutException) thrown;
    assertThat(timedOut.limit()).as("limit").isEqualTo(limit);
    assertThat(timedOut.timeout()).as("timeout").isEqualTo(timeout);
    assertThat(timedOut.requestId()).as("request id").isEqualTo(requestId);
  }
}
