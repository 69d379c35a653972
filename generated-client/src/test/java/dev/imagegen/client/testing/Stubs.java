package dev.imagegen.client.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;

/** Stubs of the Segmind-like endpoints of {@link FluxApi}, and counts of the calls they took. */
public final class Stubs {

  public static final String GENERATE = "/v1/flux-schnell";
  public static final String SUBMIT = "/v2/flux-schnell";
  public static final String REQUEST_ID = "req-7f3a";
  public static final String STATUS = "/v2/requests/" + REQUEST_ID + "/status";
  public static final String RESULT = "/v2/requests/" + REQUEST_ID;

  private final WireMockServer server;

  public Stubs(WireMockServer server) {
    this.server = server;
  }

  public void generate(ResponseDefinitionBuilder response) {
    server.stubFor(post(urlEqualTo(GENERATE)).willReturn(response));
  }

  /** The submit answer of seed 004, with {@link #REQUEST_ID}. */
  public void submitAccepted() {
    server.stubFor(post(urlEqualTo(SUBMIT)).willReturn(okJson("{\"request_id\":\"" + REQUEST_ID + "\","
        + "\"status\":\"QUEUED\",\"status_url\":\"https://api.segmind.com" + STATUS + "\","
        + "\"response_url\":\"https://api.segmind.com" + RESULT + "\"}")));
  }

  /** The status endpoint answers {@code responses} in turn, then keeps answering the last. */
  public void statuses(ResponseDefinitionBuilder... responses) {
    sequence(STATUS, responses);
  }

  public void results(ResponseDefinitionBuilder... responses) {
    sequence(RESULT, responses);
  }

  public static ResponseDefinitionBuilder status(String value) {
    return okJson("{\"status\":\"" + value + "\"}");
  }

  public static ResponseDefinitionBuilder completed() {
    return okJson("{\"status\":\"COMPLETED\",\"output\":\"https://cdn.segmind.com/out.jpg\","
        + "\"metrics\":{\"inference_time\":2.75}}");
  }

  public int posts(String url) {
    return server.findAll(postRequestedFor(urlEqualTo(url))).size();
  }

  public int gets(String url) {
    return server.findAll(getRequestedFor(urlEqualTo(url))).size();
  }

  private void sequence(String url, ResponseDefinitionBuilder... responses) {
    for (int i = 0; i < responses.length; i++) {
      var stub = get(urlEqualTo(url)).inScenario(url).whenScenarioStateIs(i == 0 ? Scenario.STARTED : "answer " + i);
      if (i < responses.length - 1) {
        stub.willSetStateTo("answer " + (i + 1));
      }
      server.stubFor(stub.willReturn(responses[i]));
    }
  }
}
