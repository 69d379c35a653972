package dev.imagegen.generator.load;

import static dev.imagegen.generator.load.JsonFields.list;
import static dev.imagegen.generator.load.JsonFields.optionalText;
import static dev.imagegen.generator.load.JsonFields.text;

import com.fasterxml.jackson.databind.JsonNode;
import dev.imagegen.generator.spec.Flow;
import dev.imagegen.generator.spec.ModelSpec;
import dev.imagegen.generator.spec.ParameterSpec;
import dev.imagegen.generator.spec.SpecLocation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Maps a schema-valid model file to a {@link ModelSpec}. */
final class ModelReader {

  private ModelReader() {}

  static ModelSpec read(JsonNode root, SpecFile file) {
    SpecLocation location = file.location();
    Map<String, Object> fixedFields = new LinkedHashMap<>();
    root.path("fixedFields").fields().forEachRemaining(f -> fixedFields.put(f.getKey(), SpecValues.scalar(f.getValue())));
    List<ParameterSpec> parameters = new ArrayList<>();
    SpecLocation parametersAt = location.child("parameters");
    root.get("parameters").fields().forEachRemaining(
        p -> parameters.add(ParameterReader.read(p.getKey(), p.getValue(), parametersAt.child(p.getKey()))));
    return new ModelSpec(
        text(root, "id"),
        text(root, "provider"),
        text(root, "title"),
        text(root, "summary"),
        text(root, "source"),
        Set.copyOf(list(root, "flows", flow -> Flow.valueOf(flow.asText().toUpperCase(Locale.ROOT)))),
        fixedFields,
        list(root, "responseContentTypes", JsonNode::asText),
        parameters,
        optionalText(root, "note"),
        location);
  }
}
