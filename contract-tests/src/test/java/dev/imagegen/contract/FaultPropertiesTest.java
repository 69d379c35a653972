package dev.imagegen.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.generators.SourceDSL.integers;

import com.github.tomakehurst.wiremock.http.Fault;
import dev.imagegen.client.RetryPolicy;
import dev.imagegen.contract.client.Clients;
import dev.imagegen.contract.client.GeneratedClient;
import dev.imagegen.contract.client.VirtualClock;
import dev.imagegen.contract.engine.Coverage;
import dev.imagegen.contract.engine.Property;
import dev.imagegen.contract.expect.ExpectedFailure;
import dev.imagegen.contract.gen.ValidRequest;
import dev.imagegen.contract.gen.ValidRequests;
import dev.imagegen.contract.mock.Call;
import dev.imagegen.contract.mock.Journal;
import dev.imagegen.contract.mock.Replies;
import dev.imagegen.contract.mock.Reply;
import dev.imagegen.contract.spec.ModelUnderTest;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Property i: broken connections end in a typed transport failure, or a retry of a safe call. */
class FaultPropertiesTest extends MockedApiTest {

  private static final Property SURVIVED = new Property(FaultPropertiesTest.class,
      "i. each WireMock fault on each call gives a typed transport exception, or a successful retry of a status or result call;"
          + " the POST count stays 1");

  /** {@code faults} broken answers to one call, then (if the client still asks) a good one. */
  record Faults(ValidRequest request, Call call, Fault fault, int faults) {}

  @TestFactory
  Stream<DynamicTest> faultsGiveTypedTransportFailuresOrRetries() {
    return SURVIVED.forEachModel(Property.Applies.ALWAYS, FaultPropertiesTest::faults, (model, trial) -> {
      api.reset();
      trial.call().answer(api, model, Replies.repeatedThen(Reply.fault(trial.fault()), trial.faults(), trial.call().healthy(model)));
      GeneratedClient client = Clients.onVirtualTime(api, model, Clients.API_KEY, new VirtualClock());
      Throwable thrown = catchThrowable(() -> trial.call().send(client, trial.request().params()));
      int attempts = RetryPolicy.defaults().maxAttempts();
      boolean recovers = !trial.call().createsWork() && trial.faults() < attempts;
      if (recovers) {
        assertThat(Journal.lines(trial.call().sent(api, model))).as("%s calls, ending in %s", trial.call(), thrown)
            .hasSize(trial.faults() + 1);
        assertThat(thrown).as("the outcome after %d faults", trial.faults()).isNull();
      } else {
        ExpectedFailure expected = ExpectedFailure.transport(trial.call());
        assertThat(Journal.lines(trial.call().sent(api, model))).as("%s calls", trial.call()).hasSize(expected.calls());
        String prefix = readsImageAfterHeaders(model, trial) ? "reading the image of " : "";
        expected.verify(thrown, prefix + trial.call().name(api, model));
      }
      assertPostSentOnce(model, trial);
      Coverage.count("faults", trial.call() + " " + trial.fault() + (recovers ? " (recovered)" : ""));
    });
  }

  private static Gen<Faults> faults(ModelUnderTest model) {
    int attempts = RetryPolicy.defaults().maxAttempts();
    return ValidRequests.of(model).zip(Generate.pick(Call.of(model)), Generate.enumValues(Fault.class),
        integers().between(1, attempts), Faults::new);
  }

  /** A chunk that breaks after the headers reaches an image model's caller when it reads the image. */
  private static boolean readsImageAfterHeaders(ModelUnderTest model, Faults trial) {
    return trial.call() == Call.SYNC && trial.fault() == Fault.MALFORMED_RESPONSE_CHUNK && !Replies.answersJson(model);
  }

  /** The POST of the trial (the faulted one, or the submit before a faulted GET) was sent exactly once. */
  private static void assertPostSentOnce(ModelUnderTest model, Faults trial) {
    Call post = trial.call().createsWork() ? trial.call() : Call.SUBMIT;
    assertThat(Journal.lines(post.sent(api, model))).as("%s POSTs", post).hasSize(1);
  }
}
