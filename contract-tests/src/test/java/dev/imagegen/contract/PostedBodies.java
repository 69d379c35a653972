package dev.imagegen.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.imagegen.contract.client.Clients;
import dev.imagegen.contract.client.GeneratedClient;
import dev.imagegen.contract.client.VirtualClock;
import dev.imagegen.contract.engine.Attempt;
import dev.imagegen.contract.engine.Coverage;
import dev.imagegen.contract.mock.ApiPaths;
import dev.imagegen.contract.mock.MockApi;
import dev.imagegen.contract.mock.Replies;
import dev.imagegen.contract.spec.ModelUnderTest;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * One valid request sent by each POST call a model has (sync, v2 submit) to stubs that answer it
 * with success: the POSTs the mock received, in call order, and what each call returned or threw,
 * checked after the bodies.
 */
record PostedBodies(List<LoggedRequest> posts, List<Attempt<?>> calls) {

  /** How the request is sent: by the dynamic map API or by the typed service. */
  record Sender(String name, Function<GeneratedClient, Object> sync, Function<GeneratedClient, Object> submit) {}

  /** Sends by each call of {@code model}; fails unless exactly one POST per call reached its path. */
  static PostedBodies send(MockApi api, ModelUnderTest model, Sender sender) {
    api.reset();
    GeneratedClient client = Clients.onVirtualTime(api, model, Clients.API_KEY, new VirtualClock());
    List<String> paths = new ArrayList<>();
    List<Attempt<?>> calls = new ArrayList<>();
    if (model.hasSync()) {
      api.stub(model, api.syncCall(model), Replies.syncSample(model));
      paths.add(ApiPaths.of(model).sync());
      calls.add(Attempt.of(() -> closed(sender.sync().apply(client))));
      Coverage.count("flows that sent a valid body", sender.name() + " sync");
    }
    if (model.v2().isPresent()) {
      api.stub(model, api.submitCall(model), Replies.submitAccepted(model, "req-1"));
      paths.add(ApiPaths.of(model).submit());
      calls.add(Attempt.of(() -> sender.submit().apply(client)));
      Coverage.count("flows that sent a valid body", sender.name() + " v2 submit");
    }
    List<LoggedRequest> posts = api.journal().requests();
    assertThat(posts).extracting(LoggedRequest::getUrl).as("calls sent").containsExactlyElementsOf(paths);
    return new PostedBodies(posts, calls);
  }

  /** {@code answer}, closed when it holds a connection (an image not read), so that none is left open. */
  private static Object closed(Object answer) {
    if (answer instanceof Closeable) {
      try {
        ((Closeable) answer).close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return answer;
  }

  /** Rethrows the first failure of a call as it was. */
  void requireSuccess() {
    calls.forEach(Attempt::get);
  }
}
