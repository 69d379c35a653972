package dev.imagegen.generator.export.openapi;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imagegen.generator.naming.JavaNames;
import dev.imagegen.generator.spec.ModelSpec;
import dev.imagegen.generator.spec.ProviderSpec;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** What every operation of the document carries: id, tag, texts, security; and its common parts. */
final class Operations {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}]+)}");

  private Operations() {}

  /**
   * A new operation {@code method} on {@code pathItem}.
   *
   * @param operationWords the words of the operation id after the provider id, such as {@code generate flux-schnell}
   */
  static ObjectNode add(
      ObjectNode pathItem, String method, ProviderSpec provider, String operationWords, String summary, String description) {
    ObjectNode operation = pathItem.putObject(method);
    operation.put("operationId", JavaNames.memberName(provider.id() + " " + operationWords));
    operation.putArray("tags").add(provider.title());
    operation.put("summary", summary);
    operation.put("description", description);
    operation.putArray("security").add(SecuritySchemes.requirement(provider));
    return operation;
  }

  /** Links {@code operation} to the public documentation page of its models, when they share one. */
  static void documentedAt(ObjectNode operation, List<ModelSpec> models) {
    Set<String> sources = models.stream().map(ModelSpec::source).collect(Collectors.toCollection(TreeSet::new));
    if (sources.size() == 1) {
      operation.putObject("externalDocs").put("description", "The model's documentation").put("url", sources.iterator().next());
    }
  }

  /** A required JSON request body of schema {@code schema}. */
  static ObjectNode jsonRequestBody(ObjectNode schema) {
    ObjectNode body = NODES.objectNode();
    body.put("required", true);
    body.putObject("content").putObject("application/json").set("schema", schema);
    return body;
  }

  /** A response with description and a JSON body of the component schema {@code schemaName}. */
  static ObjectNode jsonResponse(String description, String schemaName) {
    ObjectNode response = NODES.objectNode();
    response.put("description", description);
    response.putObject("content").putObject("application/json").set("schema", ref(schemaName));
    return response;
  }

  /** A schema of JSON type {@code type}. */
  static ObjectNode schema(String type, String description) {
    ObjectNode schema = NODES.objectNode();
    schema.put("type", type);
    schema.put("description", description);
    return schema;
  }

  static ObjectNode ref(String schemaName) {
    ObjectNode ref = NODES.objectNode();
    ref.put("$ref", SchemaNames.ref(schemaName));
    return ref;
  }

  /** The path parameters of a template such as {@code /v2/requests/{request_id}/status}: required strings. */
  static void pathParameters(ObjectNode operation, String template) {
    Matcher placeholder = PLACEHOLDER.matcher(template);
    List<String> names = placeholder.results().map(match -> match.group(1)).toList();
    names.forEach(name -> {
      ObjectNode parameter = operation.withArrayProperty("parameters").addObject();
      parameter.put("name", name);
      parameter.put("in", "path");
      parameter.put("required", true);
      parameter.putObject("schema").put("type", "string");
    });
  }
}
