package dev.imagegen.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.imagegen.contract.client.Clients;
import dev.imagegen.contract.client.GeneratedClient;
import dev.imagegen.contract.client.VirtualClock;
import dev.imagegen.contract.engine.Coverage;
import dev.imagegen.contract.engine.Property;
import dev.imagegen.contract.gen.Texts;
import dev.imagegen.contract.gen.ValidRequest;
import dev.imagegen.contract.gen.ValidRequests;
import dev.imagegen.contract.mock.Call;
import dev.imagegen.contract.mock.Replies;
import dev.imagegen.contract.mock.Reply;
import dev.imagegen.contract.spec.ModelUnderTest;
import dev.imagegen.generator.spec.AuthSpec;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Property k: the key travels in the provider's auth header only, and never comes back in a message. */
class AuthPropertiesTest extends MockedApiTest {

  private static final Property AUTHENTICATED = new Property(AuthPropertiesTest.class,
      "k. every request carries the provider's auth (x-api-key or Bearer), never in the URL");
  private static final Property REDACTED = new Property(AuthPropertiesTest.class,
      "k. the key never shows in an exception message, even when the server echoes it");

  /** A key, and the calls a valid request makes with it, every call answered healthily up to {@code last}. */
  record Keyed(ValidRequest request, String apiKey, Call last) {}

  @TestFactory
  Stream<DynamicTest> everyRequestCarriesTheProvidersAuthNeverInTheUrl() {
    return AUTHENTICATED.forEachModel(Property.Applies.ALWAYS, AuthPropertiesTest::keyed, (model, trial) -> {
      api.reset();
      trial.last().answer(api, model, List.of(trial.last().healthy(model)));
      GeneratedClient client = Clients.onVirtualTime(api, model, trial.apiKey(), new VirtualClock());
      trial.last().send(client, trial.request().params());
      List<LoggedRequest> requests = api.journal().requests();
      assertThat(requests).as("requests sent").isNotEmpty();
      AuthSpec auth = model.provider().auth();
      String expected = auth.scheme().map(scheme -> scheme + " " + trial.apiKey()).orElse(trial.apiKey());
      for (LoggedRequest request : requests) {
        assertThat(request.getHeader(auth.header())).as("%s of %s %s", auth.header(), request.getMethod(), request.getUrl())
            .isEqualTo(expected);
        assertThat(request.getAbsoluteUrl()).as("URL").doesNotContain(trial.apiKey())
            .doesNotContain(URLEncoder.encode(trial.apiKey(), StandardCharsets.UTF_8));
      }
      Coverage.count("authenticated calls", expected.replace(trial.apiKey(), "<key>") + " up to " + trial.last());
    });
  }

  @TestFactory
  Stream<DynamicTest> theKeyNeverShowsInAnExceptionMessage() {
    return REDACTED.forEachModel(Property.Applies.ALWAYS, AuthPropertiesTest::keyed, (model, trial) -> {
      api.reset();
      // The server echoes the key in its error text, as a careless proxy or gateway might.
      Reply echo = Replies.error(model, 400, "invalid key " + trial.apiKey() + " for this model");
      trial.last().answer(api, model, List.of(echo));
      GeneratedClient client = Clients.onVirtualTime(api, model, trial.apiKey(), new VirtualClock());
      Throwable thrown = catchThrowable(() -> trial.last().send(client, trial.request().params()));
      assertThat(thrown).as("the outcome of an echoed key").isNotNull();
      for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
        assertThat(cause.getMessage()).as("message of %s", cause.getClass().getSimpleName()).doesNotContain(trial.apiKey());
        assertThat(cause.toString()).doesNotContain(trial.apiKey());
      }
      assertThat(thrown.getMessage()).contains("invalid key **** for this model");
      Coverage.count("echoed keys redacted", trial.last().toString());
    });
  }

  private static Gen<Keyed> keyed(ModelUnderTest model) {
    return ValidRequests.of(model).zip(Texts.apiKeys(), Generate.pick(Call.of(model)), Keyed::new);
  }
}
