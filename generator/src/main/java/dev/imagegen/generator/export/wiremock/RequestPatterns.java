package dev.imagegen.generator.export.wiremock;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imagegen.generator.export.RequestBodySchema;
import dev.imagegen.generator.spec.AuthSpec;
import dev.imagegen.generator.spec.ModelSpec;
import dev.imagegen.generator.spec.ProviderSpec;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The request matchers the stubs share: the provider's key, URL paths, the body's schema, and one field's value. */
final class RequestPatterns {

  /** The schema version WireMock must use for {@link RequestBodySchema}'s schemas. */
  static final String SCHEMA_VERSION = "V202012";

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^}]+}");
  private static final Pattern REGEX_SPECIAL = Pattern.compile("[\\\\.\\[\\]{}()*+?^$|]");

  private RequestPatterns() {}

  /** Requires the provider's key header: any non-empty value, after the scheme when there is one ({@code Bearer .+}). */
  static void authorized(ObjectNode request, ProviderSpec provider) {
    AuthSpec auth = provider.auth();
    String value = auth.scheme().map(scheme -> literal(scheme + " ") + ".+").orElse(".+");
    request.putObject("headers").putObject(auth.header()).put("matches", value);
  }

  /** Requires the provider's key header to be missing. */
  static void unauthorized(ObjectNode request, ProviderSpec provider) {
    request.putObject("headers").putObject(provider.auth().header()).put("absent", true);
  }

  /** A regular expression for every path of {@code templates}: each placeholder matches one path segment. */
  static String pathRegex(List<String> templates) {
    return templates.stream().map(RequestPatterns::templateRegex).collect(Collectors.joining("|"));
  }

  private static String templateRegex(String template) {
    StringBuilder regex = new StringBuilder();
    Matcher placeholder = PLACEHOLDER.matcher(template);
    int literalStart = 0;
    while (placeholder.find()) {
      regex.append(literal(template.substring(literalStart, placeholder.start()))).append("[^/]+");
      literalStart = placeholder.end();
    }
    if (literalStart < template.length()) {
      regex.append(literal(template.substring(literalStart)));
    }
    return regex.toString();
  }

  /** {@code text} as a regular expression that matches exactly it; readable, unlike {@code \Q...\E}. */
  private static String literal(String text) {
    return REGEX_SPECIAL.matcher(text).replaceAll("\\\\$0");
  }

  /**
   * Requires a body that the model's derived schema accepts. The schema holds the fixed fields as
   * constants, so it also tells apart the models of a shared path ({@code app_id}) whatever the
   * fields are named and however their values are written.
   */
  static void validBody(ObjectNode request, ModelSpec model) {
    ObjectNode schema = request.withArrayProperty("bodyPatterns").addObject();
    schema.set("matchesJsonSchema", RequestBodySchema.of(model));
    schema.put("schemaVersion", SCHEMA_VERSION);
  }

  /** Requires the JSON value at {@code expression} to read {@code value}. */
  static void jsonPathEquals(ObjectNode request, String expression, String value) {
    ObjectNode matcher = request.withArrayProperty("bodyPatterns").addObject().putObject("matchesJsonPath");
    matcher.put("expression", expression);
    matcher.put("equalTo", value);
  }

  static ObjectNode jsonHeaders() {
    ObjectNode headers = NODES.objectNode();
    headers.put("Content-Type", "application/json");
    return headers;
  }
}
