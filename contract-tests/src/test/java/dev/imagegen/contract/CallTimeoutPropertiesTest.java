package dev.imagegen.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.imagegen.client.GeneratedImage;
import dev.imagegen.client.JsonResponse;
import dev.imagegen.client.RequestOptions;
import dev.imagegen.client.error.CallTimeoutException;
import dev.imagegen.client.error.CallTimeoutException.Limit;
import dev.imagegen.contract.client.Clients;
import dev.imagegen.contract.client.GeneratedClient;
import dev.imagegen.contract.client.VirtualClock;
import dev.imagegen.contract.engine.Coverage;
import dev.imagegen.contract.engine.Property;
import dev.imagegen.contract.expect.ExpectedErrors;
import dev.imagegen.contract.gen.CallDelays;
import dev.imagegen.contract.gen.ValidRequest;
import dev.imagegen.contract.gen.ValidRequests;
import dev.imagegen.contract.mock.ApiPaths;
import dev.imagegen.contract.mock.Journal;
import dev.imagegen.contract.mock.Replies;
import dev.imagegen.contract.mock.Reply;
import dev.imagegen.contract.spec.ModelUnderTest;
import java.io.IOException;
import java.time.Duration;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;

/**
 * Property p: {@code RequestOptions.withTimeout(t)} bounds a sync call by {@code t}, below the
 * client's own limits and above them. Its tries wait in real time (under a second each), so the
 * property has few of them (README, "The budget").
 */
class CallTimeoutPropertiesTest extends MockedApiTest {

  private static final Property HONOURED = new Property(CallTimeoutPropertiesTest.class,
      "p. a per-call timeout is honoured: an answer later than it is a CallTimeoutException naming it, one in time succeeds"
          + " even past the client's own read timeout");


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
      assertTimedOut(model, catchThrowable(() -> shortReads.generate(request.params())), Limit.READ,
          CallDelays.CLIENT_READ_TIMEOUT);

      // Later than the per-call timeout, from a client whose own limits are far longer: the per-call one is the whole call's.
      GeneratedClient longReads = stubbed(model, sample.delayedBy(delays.late()),
          () -> Clients.onVirtualTime(api, model, Clients.API_KEY, new VirtualClock()));
      assertTimedOut(model, catchThrowable(() -> longReads.generate(request.params(), perCall)), Limit.CALL, delays.timeout());
      Coverage.count("per-call timeouts", "answered in time past the client's read timeout; timed out below the client's");
    });
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

  /**
   * A {@link CallTimeoutException} of {@code limit}, naming {@code timeout}, caused by OkHttp's
   * exception; the call got no answer, so it has no request id.
   */
  private static void assertTimedOut(ModelUnderTest model, Throwable thrown, Limit limit, Duration timeout) {
    ApiPaths paths = ApiPaths.of(model);
    assertThat(thrown).as("the failure of a call answered too late for %s", ExpectedErrors.duration(timeout))
        .isExactlyInstanceOf(CallTimeoutException.class)
        .hasMessage(ExpectedErrors.callTimeout(paths.callName("POST", paths.sync()), limit, timeout))
        .hasCauseInstanceOf(IOException.class);
    CallTimeoutException timedOut = (CallTimeoutException) thrown;
    assertThat(timedOut.limit()).as("limit").isEqualTo(limit);
    assertThat(timedOut.timeout()).as("timeout").isEqualTo(timeout);
    assertThat(timedOut.requestId()).as("request id").isEmpty();
  }
}
