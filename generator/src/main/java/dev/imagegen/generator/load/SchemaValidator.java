package dev.imagegen.generator.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;

/**
 * Validates spec files against {@code spec.schema.json} (JSON Schema 2020-12), which ships inside the
 * generator jar, and reports each problem at the element it concerns.
 */
final class SchemaValidator {

  private static final String SCHEMA_RESOURCE = "spec.schema.json";

  private final JsonSchema schema;
  private final SchemaMessages messages;

  private SchemaValidator(JsonNode schemaTree) {
    SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().pathType(PathType.JSON_POINTER).build();
    this.schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaTree, config);
    this.messages = new SchemaMessages(schemaTree);
  }

  /** The validator for the schema bundled with the generator. */
  static SchemaValidator bundled() {
    try (InputStream in = SchemaValidator.class.getResourceAsStream(SCHEMA_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(SCHEMA_RESOURCE + " is missing from the generator's classpath");
      }
      return new SchemaValidator(new ObjectMapper().readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled " + SCHEMA_RESOURCE, e);
    }
  }

  /** Reports every schema violation of {@code root}, and returns them: none when it meets the schema. */
  List<SpecError> validate(SpecFile file, JsonNode root, ErrorCollector errors) {
    List<SpecError> found = messages.describe(file, schema.validate(root));
    // The validator's own order is not specified; sorting keeps the output stable.
    found.stream()
        .sorted(Comparator.comparing((SpecError e) -> e.location().pointer()).thenComparing(SpecError::reason))
        .forEach(e -> errors.add(e.location(), e.reason()));
    return found;
  }

  /** True when {@code root} meets the schema; nothing is reported. */
  boolean conforms(JsonNode root) {
    return schema.validate(root).isEmpty();
  }
}
