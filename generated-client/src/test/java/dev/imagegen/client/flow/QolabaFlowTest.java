package dev.imagegen.client.flow;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.imagegen.client.ImageInput;
import dev.imagegen.client.JsonResponse;
import dev.imagegen.client.ModelRequest;
import dev.imagegen.client.RequestOptions;
import dev.imagegen.client.internal.ClientCore;
import dev.imagegen.client.internal.ProviderDescriptor;
import dev.imagegen.client.internal.RuntimeAccess;
import dev.imagegen.client.testing.CannyApi;
import dev.imagegen.client.testing.TestProviders;
import dev.imagegen.client.testing.TestRequest;
import dev.imagegen.client.testing.TestRules;
import dev.imagegen.client.testing.WireMockTestBase;
import dev.imagegen.client.validation.DynamicRequest;
import dev.imagegen.client.validation.ValidationException;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Qolaba: Bearer auth, a fixed app_id, a URL-only image and a JSON answer. */
class QolabaFlowTest extends WireMockTestBase {

  private ClientCore core;
  private CannyApi api;

  @BeforeEach
  void setUp() {
    core = RuntimeAccess.builder(TestProviders.QOLABA, ClientCore::new)
        .apiKey(API_KEY).baseUrl(server.baseUrl() + "/api/v1").build();
    api = core.create(CannyApi.class);
  }

  private JsonResponse generate(ModelRequest request) {
    return core.generateJson(request, api::generate, RequestOptions.defaults());
  }

  @Test
  void theAnswerIsJsonAndTheKeyABearerToken() {
    server.stubFor(post(urlEqualTo("/api/v1/getImagetoImage"))
        .willReturn(okJson("{\"output\":[\"https://cdn.qolaba.ai/1.png\"],\"task_id\":\"t-1\"}")));

    JsonResponse answer = generate(TestRequest.of(TestRules.CANNY,
        "image", ImageInput.fromUrl("https://example.com/edges.png"), "prompt", "a house", "batch", 2L));

    assertThat(answer.body().path("output").get(0).asText()).isEqualTo("https://cdn.qolaba.ai/1.png");
    assertThat(answer.taskId()).contains("t-1");
    assertThat(answer.response().status()).isEqualTo(200);
    assertThat(answer).hasToString("JsonResponse{status=200, taskId=t-1}");
    server.verify(postRequestedFor(urlEqualTo("/api/v1/getImagetoImage"))
        .withHeader("Authorization", equalTo("Bearer " + API_KEY))
        .withRequestBody(equalToJson("{\"app_id\":\"ap-1us0FK21Ach6eiWxo22is8\","
            + "\"image\":\"https://example.com/edges.png\",\"prompt\":\"a house\",\"batch\":2}")));
  }

  @Test
  void anAnswerWithoutTaskIdHasNone() {
    server.stubFor(post(urlEqualTo("/api/v1/getImagetoImage")).willReturn(okJson("{\"output\":[]}")));

    assertThat(generate(TestRequest.of(TestRules.CANNY, "image", ImageInput.fromUrl("https://x.io/a.png"),
        "prompt", "p")).taskId()).isEmpty();
  }

  @Test
  void theTaskIdIsReadFromTheFieldTheProviderNames() {
    ProviderDescriptor jobRef = ProviderDescriptor.builder("queuetest")
        .auth("Authorization", "Token", "QUEUETEST_API_KEY").taskIdField("job_ref").build();
    server.stubFor(post(urlEqualTo("/api/v1/getImagetoImage"))
        .willReturn(okJson("{\"job_ref\":\"j-7\",\"task_id\":\"t-1\"}")));

    assertThat(generateOn(jobRef).taskId()).contains("j-7");
  }

  @Test
  void aProviderThatQueuesNothingReadsNoTaskId() {
    server.stubFor(post(urlEqualTo("/api/v1/getImagetoImage")).willReturn(okJson("{\"task_id\":\"t-1\"}")));

    assertThat(generateOn(TestProviders.SEGMIND).taskId()).isEmpty();
  }

  /** A Canny request sent by a client of {@code provider}. */
  private JsonResponse generateOn(ProviderDescriptor provider) {
    ClientCore other = RuntimeAccess.builder(provider, ClientCore::new).apiKey(API_KEY)
        .baseUrl(server.baseUrl() + "/api/v1").build();
    return other.generateJson(TestRequest.of(TestRules.CANNY, "image", ImageInput.fromUrl("https://x.io/a.png"),
        "prompt", "p"), other.create(CannyApi.class)::generate, RequestOptions.defaults());
  }

  @Test
  void aBase64ImageIsRefusedBeforeSending() {
    assertThatThrownBy(() -> generate(DynamicRequest.of(TestRules.CANNY,
        Map.of("image", ImageInput.fromBase64("AQID"), "prompt", "p"))))
        .isInstanceOf(ValidationException.class)
        .hasMessage("Invalid sdxl-controlnet-canny request: 1 violation\n  /image: must be a URL");
    assertThat(server.getAllServeEvents()).isEmpty();
  }

  @Test
  void submittingNeedsAProtocol() {
    assertThatThrownBy(() -> core.submit(TestRequest.of(TestRules.CANNY), api::generate, id -> null, id -> null,
        RequestOptions.defaults()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("provider qolaba has no submit-and-poll protocol");
  }
}
