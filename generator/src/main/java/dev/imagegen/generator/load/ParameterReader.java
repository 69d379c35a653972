package dev.imagegen.generator.load;

import static dev.imagegen.generator.load.JsonFields.list;
import static dev.imagegen.generator.load.JsonFields.optionalDecimal;
import static dev.imagegen.generator.load.JsonFields.optionalInt;
import static dev.imagegen.generator.load.JsonFields.optionalScalar;
import static dev.imagegen.generator.load.JsonFields.optionalText;
import static dev.imagegen.generator.load.JsonFields.text;

import com.fasterxml.jackson.databind.JsonNode;
import dev.imagegen.generator.spec.ImageForm;
import dev.imagegen.generator.spec.ParameterSpec;
import dev.imagegen.generator.spec.ParameterType;
import dev.imagegen.generator.spec.SpecLocation;
import java.util.Locale;
import java.util.Set;

/** Maps one schema-valid entry of a model's {@code parameters} to a {@link ParameterSpec}. */
final class ParameterReader {

  private ParameterReader() {}

  static ParameterSpec read(String name, JsonNode node, SpecLocation location) {
    ParameterType type = ParameterType.fromSpecName(text(node, "type"))
        .orElseThrow(() -> new IllegalStateException("the schema lets an unknown type through at " + location));
    return new ParameterSpec(
        name,
        type,
        text(node, "description"),
        node.path("required").asBoolean(false),
        optionalScalar(node, "default"),
        optionalDecimal(node, "minimum"),
        optionalDecimal(node, "maximum"),
        optionalDecimal(node, "multipleOf"),
        optionalInt(node, "minLength"),
        optionalInt(node, "maxLength"),
        list(node, "values", SpecValues::scalar),
        Set.copyOf(list(node, "imageForms", form -> ImageForm.valueOf(form.asText().toUpperCase(Locale.ROOT)))),
        optionalText(node, "note"),
        location);
  }
}
