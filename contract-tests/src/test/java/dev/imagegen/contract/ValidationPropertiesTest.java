package dev.imagegen.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imagegen.client.validation.ValidationException;
import dev.imagegen.client.validation.Violation;
import dev.imagegen.contract.client.Clients;
import dev.imagegen.contract.client.GeneratedClient;
import dev.imagegen.contract.client.VirtualClock;
import dev.imagegen.contract.engine.Attempt;
import dev.imagegen.contract.engine.Coverage;
import dev.imagegen.contract.engine.Property;
import dev.imagegen.contract.gen.InvalidRequest;
import dev.imagegen.contract.gen.InvalidRequests;
import dev.imagegen.contract.mock.Journal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Property b: an invalid request never leaves the client, whichever dynamic call it is given to. */
class ValidationPropertiesTest extends MockedApiTest {

  private static final Property REFUSED = new Property(ValidationPropertiesTest.class,
      "b. every invalid request is refused before any HTTP call, naming the violated path");

  @TestFactory
  Stream<DynamicTest> everyInvalidRequestIsRefusedBeforeAnyHttpCall() {
    return REFUSED.forEachModel(Property.Applies.ALWAYS, InvalidRequests::of, (model, request) -> {
      api.reset();
      GeneratedClient client = Clients.onVirtualTime(api, model, Clients.API_KEY, new VirtualClock());
      List<Attempt<?>> calls = new ArrayList<>();
      if (model.hasSync()) {
        calls.add(Attempt.of(() -> client.generate(request.params())));
      }
      if (model.v2().isPresent()) {
        calls.add(Attempt.of(() -> client.submit(request.params())));
        calls.add(Attempt.of(() -> client.run(request.params())));
      }
      assertThat(Journal.lines(api.journal().requests())).as("requests sent").isEmpty();
      for (Attempt<?> call : calls) {
        assertRefused(request, call);
      }
      Coverage.count("constraints broken", request.broken().kind());
    });
  }

  private static void assertRefused(InvalidRequest request, Attempt<?> call) {
    assertThat(call.failure()).as("the outcome of %s", request).isInstanceOf(ValidationException.class);
    ValidationException refusal = (ValidationException) call.failure();
    assertThat(refusal.getMessage()).isEqualTo(request.expectedMessage());
    assertThat(refusal.violations()).containsExactly(new Violation(request.broken().path(), request.broken().message()));
    assertThat(refusal.modelId()).isEqualTo(request.model().model().id());
  }
}
