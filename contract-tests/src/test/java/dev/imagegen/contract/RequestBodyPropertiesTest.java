package dev.imagegen.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.imagegen.contract.engine.Property;
import dev.imagegen.contract.gen.ValidRequest;
import dev.imagegen.contract.gen.ValidRequests;
import dev.imagegen.contract.gen.WireForm;
import dev.imagegen.contract.mock.JsonSchemas;
import dev.imagegen.contract.spec.ModelUnderTest;
import dev.imagegen.generator.export.RequestBodySchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Property a: what the client sends. Decision: an omitted optional parameter is absent from the
 * body, never null and never filled with its default (specs/README.md, "Decisions").
 */
class RequestBodyPropertiesTest extends MockedApiTest {

  private static final Property SERIALISES = new Property(RequestBodyPropertiesTest.class,
      "a. every valid request is sent as JSON its derived schema accepts, no null, no unknown key, omitted optionals absent");

  private static final ObjectMapper JSON = new ObjectMapper();

  @TestFactory
  Stream<DynamicTest> everyValidRequestIsSentAsJsonItsDerivedSchemaAccepts() {
    return SERIALISES.forEachModel(Property.Applies.ALWAYS, ValidRequests::of, (model, request) -> {
      PostedBodies posted = PostedBodies.send(api, model, new PostedBodies.Sender("dynamic",
          client -> client.generate(request.params()), client -> client.submit(request.params())));
      posted.posts().forEach(post -> assertSentAsSpecified(model, request, post));
      posted.requireSuccess();
    });
  }

  private static void assertSentAsSpecified(ModelUnderTest model, ValidRequest request, LoggedRequest post) {
    JsonNode body = parse(post);
    assertThat(JsonSchemas.problems(RequestBodySchema.of(model.model()), body))
        .as("problems of %s %s against the schema derived from %s", post.getMethod(), post.getUrl(), model.model().location().file())
        .isEmpty();
    Map<String, JsonNode> expected = request.expectedBody();
    assertThat(fieldNames(body)).as("fields sent for %s", request).containsExactlyInAnyOrderElementsOf(expected.keySet());
    expected.forEach((name, value) -> {
      assertThat(body.get(name).isNull()).as("%s sent as null", name).isFalse();
      assertThat(WireForm.same(value, body.get(name))).as("%s sent as %s, expected %s", name, body.get(name), value).isTrue();
    });
  }

  private static List<String> fieldNames(JsonNode body) {
    List<String> names = new ArrayList<>();
    for (Iterator<String> it = body.fieldNames(); it.hasNext(); ) {
      names.add(it.next());
    }
    return names;
  }

  private static JsonNode parse(LoggedRequest post) {
    try {
      return JSON.readTree(post.getBody());
    } catch (IOException e) {
      throw new UncheckedIOException("the body of " + post.getUrl() + " is not JSON", e);
    }
  }
}
