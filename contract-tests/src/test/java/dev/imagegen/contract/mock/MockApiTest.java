package dev.imagegen.contract.mock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imagegen.contract.spec.ModelUnderTest;
import dev.imagegen.contract.spec.SpecFolders;
import dev.imagegen.generator.spec.StatusOutcome;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The mock keeps tries apart: a request a client of an earlier try sends late reaches no later try. */
class MockApiTest {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @Test
  void aRequestOfAnEarlierTryIsNeitherAnsweredNorJournaled() throws IOException, InterruptedException {
    // Any v2 model: the test-only folder has one.
    ModelUnderTest model = SpecFolders.models().stream().filter(candidate -> candidate.v2().isPresent()).findFirst().orElseThrow();
    String status = Replies.statuses(model.requireV2(), StatusOutcome.SUCCEEDED).get(0);
    try (MockApi api = MockApi.start()) {
      api.reset();
      String earlier = statusUrl(api, model);
      api.reset();
      api.stubPolls(model, "job-1", List.of(Replies.status(status)), List.of());

      assertThat(get(earlier)).as("status of the earlier try's call").isEqualTo(404);
      assertThat(Journal.lines(api.journal().requests())).as("journal after the earlier try's call").isEmpty();
      assertThat(get(statusUrl(api, model))).as("status of the current try's call").isEqualTo(200);
      assertThat(Journal.lines(api.journal().requests())).as("journal after the current try's call")
          .containsExactly("GET " + ApiPaths.of(model).statusTemplate().replace(ApiPaths.REQUEST_ID, "job-1"));
    }
  }

  /** The status URL of job {@code job-1} as a client of the current try calls it. */
  private static String statusUrl(MockApi api, ModelUnderTest model) {
    ApiPaths paths = ApiPaths.of(model);
    String relative = paths.statusTemplate().substring(paths.basePath().length() + 1);
    return api.baseUrl(model) + relative.replace(ApiPaths.REQUEST_ID, "job-1");
  }

  private static int get(String url) throws IOException, InterruptedException {
    return HTTP.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
  }
}
