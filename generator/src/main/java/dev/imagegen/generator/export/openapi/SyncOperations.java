package dev.imagegen.generator.export.openapi;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imagegen.generator.export.ContentTypes;
import dev.imagegen.generator.export.ExportException;
import dev.imagegen.generator.export.SyncEndpoint;
import dev.imagegen.generator.spec.CelerySpec;
import dev.imagegen.generator.spec.ModelSpec;
import dev.imagegen.generator.spec.ProviderSpec;
import dev.imagegen.generator.spec.ResponseHeader;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The synchronous call of every model: {@code POST /v1/flux-schnell} and the like.
 *
 * <p>A path shared by several models (Qolaba's {@code /getImagetoImage}) gets one operation whose
 * body is a {@code oneOf} of the models' bodies with a {@code discriminator} on the fixed field that
 * tells them apart ({@code app_id}): each model keeps its own exact schema, and tools pick it from
 * the field's value. Without such a string field the bodies are an {@code anyOf}, which still
 * accepts exactly the valid bodies.
 */
final class SyncOperations {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final int OK = 200;

  private SyncOperations() {}

  static void add(SyncEndpoint endpoint, PathItems paths) throws ExportException {
    ProviderSpec provider = endpoint.provider();
    List<ModelSpec> models = endpoint.models();
    ObjectNode post;
    if (endpoint.isShared()) {
      String titles = models.stream().map(ModelSpec::title).collect(Collectors.joining(", "));
      post = Operations.add(paths.item(provider, endpoint.path()), "post", provider, endpoint.path(), titles,
          sharedDescription(endpoint));
      post.set("requestBody", Operations.jsonRequestBody(sharedBody(provider, models)));
    } else {
      ModelSpec model = models.get(0);
      post = Operations.add(paths.item(provider, endpoint.path()), "post", provider, "generate " + model.id(),
          model.title(), model.summary());
      post.set("requestBody", Operations.jsonRequestBody(Operations.ref(SchemaNames.request(provider, model))));
    }
    Operations.documentedAt(post, models);
    post.set("responses", ProviderResponses.of(provider, Map.of(OK, okResponse(provider, models))));
  }

  private static String sharedDescription(SyncEndpoint endpoint) {
    String choices = endpoint.models().stream()
        .map(model -> model.fixedFields().entrySet().stream()
            .map(field -> field.getKey() + " = " + field.getValue())
            .collect(Collectors.joining(", ")) + " selects " + model.title())
        .collect(Collectors.joining("; "));
    return "One endpoint for " + endpoint.models().size() + " models; the body's fixed fields select the model: "
        + choices + ".";
  }

  private static ObjectNode sharedBody(ProviderSpec provider, List<ModelSpec> models) {
    ObjectNode body = NODES.objectNode();
    Optional<String> discriminator = discriminator(models);
    ArrayNode choices = body.putArray(discriminator.isPresent() ? "oneOf" : "anyOf");
    models.forEach(model -> choices.add(Operations.ref(SchemaNames.request(provider, model))));
    discriminator.ifPresent(field -> {
      ObjectNode spec = body.putObject("discriminator");
      spec.put("propertyName", field);
      ObjectNode mapping = spec.putObject("mapping");
      models.forEach(model -> mapping.put(
          String.valueOf(model.fixedFields().get(field)), SchemaNames.ref(SchemaNames.request(provider, model))));
    });
    return body;
  }

  /**
   * The first fixed field that every model has, with a different text in each; OpenAPI maps only
   * string values of a discriminator to schemas.
   */
  private static Optional<String> discriminator(List<ModelSpec> models) {
    return models.get(0).fixedFields().keySet().stream()
        .filter(field -> models.stream().allMatch(model -> model.fixedFields().get(field) instanceof String))
        .filter(field -> models.stream().map(model -> model.fixedFields().get(field)).distinct().count() == models.size())
        .findFirst();
  }

  private static ObjectNode okResponse(ProviderSpec provider, List<ModelSpec> models) {
    ObjectNode ok = ProviderResponses.described(ProviderResponses.meaning(provider, OK, "OK"));
    provider.responseHeaders().filter(headers -> !headers.names().isEmpty()).ifPresent(headers -> {
      ObjectNode declared = ok.putObject("headers");
      headers.names().forEach((header, name) -> declared.set(name, responseHeader(header)));
    });
    Set<String> contentTypes = new LinkedHashSet<>();
    models.forEach(model -> contentTypes.addAll(model.responseContentTypes()));
    ObjectNode content = ok.putObject("content");
    contentTypes.forEach(type -> content.putObject(type).set("schema", ContentTypes.isJson(type) ? jsonBody(provider) : binary()));
    return ok;
  }

  /** The header object of {@code header}: what it carries, in which unit, and its type. */
  private static ObjectNode responseHeader(ResponseHeader header) {
    return switch (header) {
      case REQUEST_ID ->
          ProviderResponses.header("The id the provider gave the request; name it when asking about the call.", "string");
      case COST -> ProviderResponses.header("What the call cost, in credits.", "number");
      case REMAINING_CREDITS -> ProviderResponses.header("The account's remaining credits.", "number");
      case GENERATION_TIME -> ProviderResponses.header("The server's generation time, in seconds.", "number");
      case SEED -> ProviderResponses.header("The seed the call used.", "integer");
    };
  }

  private static ObjectNode binary() {
    ObjectNode schema = NODES.objectNode();
    schema.put("type", "string");
    schema.put("format", "binary");
    return schema;
  }

  /** A JSON answer the provider gives no schema for; a queued call's task id when the provider queues. */
  private static ObjectNode jsonBody(ProviderSpec provider) {
    ObjectNode schema = NODES.objectNode();
    schema.put("type", "object");
    schema.put("description", "The provider documents no schema for this body.");
    provider.async()
        .filter(CelerySpec.class::isInstance)
        .map(CelerySpec.class::cast)
        .ifPresent(celery -> schema.putObject("properties").set(celery.taskIdField(), Operations.schema("string",
            "The queued task's id, present when the request sets " + celery.flagParameter() + " to true.")));
    return schema;
  }
}
