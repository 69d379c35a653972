package dev.imagegen.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.imagegen.client.GeneratedImage;
import dev.imagegen.client.JsonResponse;
import dev.imagegen.client.error.UnexpectedResponseException;
import dev.imagegen.contract.client.Clients;
import dev.imagegen.contract.client.GeneratedClient;
import dev.imagegen.contract.client.VirtualClock;
import dev.imagegen.contract.engine.Coverage;
import dev.imagegen.contract.engine.Property;
import dev.imagegen.contract.gen.SyncOutput;
import dev.imagegen.contract.gen.ValidRequest;
import dev.imagegen.contract.gen.ValidRequests;
import dev.imagegen.contract.mock.ApiPaths;
import dev.imagegen.contract.mock.Replies;
import dev.imagegen.contract.spec.ModelUnderTest;
import dev.imagegen.generator.spec.ResponseHeader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;

/** Property c: the sync output comes back exactly as the server sent it. */
class SyncFlowPropertiesTest extends MockedApiTest {

  private static final Property BYTE_EXACT = new Property(SyncFlowPropertiesTest.class,
      "c. sync: random output and content type come back byte-exact; the credits header surfaces; an empty image is refused");

  private static final ObjectMapper JSON = new ObjectMapper();

  @TestFactory
  Stream<DynamicTest> syncOutputComesBackByteExact() {
    return BYTE_EXACT.forEachModel(Property.Applies.SYNC, SyncFlowPropertiesTest::exchanges, (model, exchange) -> {
      api.reset();
      SyncOutput output = exchange._2;
      api.stub(model, api.syncCall(model), output.reply(model));
      GeneratedClient client = Clients.onVirtualTime(api, model, Clients.API_KEY, new VirtualClock());
      if (output.content().length == 0) {
        assertThat(catchThrowable(() -> client.generate(exchange._1.params()))).isExactlyInstanceOf(UnexpectedResponseException.class)
            .hasMessage(ApiPaths.of(model).callName("POST", ApiPaths.of(model).sync()) + " returned 200 without an image");
        Coverage.count("sync outputs returned", "empty body refused");
        return;
      }
      Object answer = client.generate(exchange._1.params());
      if (Replies.answersJson(model)) {
        assertJsonAnswer(model, (JsonResponse) answer, output);
      } else {
        assertImageAnswer(model, (GeneratedImage) answer, output);
      }
      Coverage.count("sync outputs returned", output.contentType());
    });
  }

  private static Gen<Pair<ValidRequest, SyncOutput>> exchanges(ModelUnderTest model) {
    return ValidRequests.of(model).zip(SyncOutput.of(model), Pair::of);
  }

  private static void assertImageAnswer(ModelUnderTest model, GeneratedImage image, SyncOutput output) {
    assertThat(image.contentType()).isEqualTo(output.contentType());
    assertThat(image.decodedFromBase64()).isFalse();
    assertThat(image.bytes()).isEqualTo(output.content());
    assertThat(image.remainingCredits())
        .isEqualTo(model.provider().responseHeader(ResponseHeader.REMAINING_CREDITS).flatMap(header -> output.credits()));
    assertThat(image.response().status()).isEqualTo(200);
  }

  private static void assertJsonAnswer(ModelUnderTest model, JsonResponse answer, SyncOutput output) {
    JsonNode sent = parse(output.content());
    assertThat(answer.body()).isEqualTo(sent);
    JsonNode taskId = model.taskIdField().map(sent::path).orElse(MissingNode.getInstance());
    assertThat(answer.taskId()).isEqualTo(taskId.isTextual() ? Optional.of(taskId.asText()) : Optional.empty());
    assertThat(answer.response().status()).isEqualTo(200);
  }

  private static JsonNode parse(byte[] json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
