package dev.imagegen.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.imagegen.client.ModelRequest;
import dev.imagegen.client.internal.SentBodies;
import dev.imagegen.client.validation.DynamicRequest;
import dev.imagegen.contract.client.TypedRequest;
import dev.imagegen.contract.engine.Property;
import dev.imagegen.contract.gen.ValidRequests;
import dev.imagegen.contract.mock.JsonSchemas;
import dev.imagegen.generator.export.RequestBodySchema;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Properties a' and a'': the generated request types ({@code <Model>Request}), built by reflection
 * from the same valid maps as property a, so that no test names a model or a setter.
 */
class TypedRequestPropertiesTest extends MockedApiTest {

  private static final Property SAME_AS_DYNAMIC = new Property(TypedRequestPropertiesTest.class,
      "a'. every valid typed request is written, and sent by its typed service, as the JSON of the dynamic request"
          + " for the same map, which its derived schema accepts");
  private static final Property REBUILDS = new Property(TypedRequestPropertiesTest.class,
      "a''. every valid typed request rebuilt by toBuilder().build() equals it, with the same hashCode");

  private static final ObjectMapper JSON = new ObjectMapper();

  @TestFactory
  Stream<DynamicTest> everyTypedRequestIsSentAsTheJsonOfTheDynamicRequest() {
    return SAME_AS_DYNAMIC.forEachModel(Property.Applies.ALWAYS, ValidRequests::of, (model, request) -> {
      ModelRequest typed = TypedRequest.of(model, request.params());
      String body = SentBodies.json(typed);
      assertThat(body).as("body of the typed %s", typed)
          .isEqualTo(SentBodies.json(DynamicRequest.of(typed.rules(), request.params())));
      assertThat(JsonSchemas.problems(RequestBodySchema.of(model.model()), parse(body)))
          .as("problems of %s against the schema derived from %s", body, model.model().location().file())
          .isEmpty();
      PostedBodies posted = PostedBodies.send(api, model,
          new PostedBodies.Sender("typed", client -> client.generate(typed), client -> client.submit(typed)));
      posted.posts().forEach(post -> assertThat(post.getBodyAsString()).as("body of %s %s", post.getMethod(), post.getUrl())
          .isEqualTo(body));
      posted.requireSuccess();
    });
  }

  @TestFactory
  Stream<DynamicTest> everyTypedRequestRebuildsEqual() {
    return REBUILDS.forEachModel(Property.Applies.ALWAYS, ValidRequests::of, (model, request) -> {
      ModelRequest typed = TypedRequest.of(model, request.params());
      ModelRequest rebuilt = TypedRequest.rebuilt(typed);
      assertThat(rebuilt).as("rebuilt %s", typed).isNotSameAs(typed).isEqualTo(typed);
      assertThat(rebuilt.hashCode()).as("hashCode of rebuilt %s", typed).isEqualTo(typed.hashCode());
    });
  }

  private static JsonNode parse(String body) {
    try {
      return JSON.readTree(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the typed body is not JSON: " + body, e);
    }
  }
}
