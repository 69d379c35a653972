package dev.imagegen.generator.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The two kinds of spec file; {@code provider.json} holds a provider and every other file a model. */
enum SpecKind {
  PROVIDER("provider"),
  MODEL("model");

  private static final String STAND_IN = "stand-in";
  private static final String STAND_IN_URL = "https://stand-in.invalid/";

  private final String specName;

  SpecKind(String specName) {
    this.specName = specName;
  }

  /**
   * Reports a file whose {@code kind} is the other kind: the schema would check it against the wrong
   * shape and report every field. A missing or unknown kind is left to the schema.
   */
  boolean matches(SpecFile file, JsonNode root, ErrorCollector errors) {
    SpecKind other = this == PROVIDER ? MODEL : PROVIDER;
    if (!root.path("kind").asText().equals(other.specName)) {
      return true;
    }
    String reason = this == PROVIDER
        ? "must be \"provider\" in provider.json"
        : "\"provider\" is only for provider.json; a model file has the kind \"model\"";
    errors.add(file.at("/kind"), reason);
    return false;
  }

  /**
   * A value for each required field of this kind, to stand in where the schema refused the file's
   * own (see {@link RefusedParts}): each passes every check of a file alone, and none is ever reported
   * or generated, since the file's schema errors stop the load. {@code partial} is what is left of the
   * file, whose fixed fields the stand-in parameter must not repeat.
   */
  ObjectNode standIns(SpecFile file, JsonNode partial) {
    JsonNodeFactory json = JsonNodeFactory.instance;
    ObjectNode standIns = json.objectNode().put("kind", specName).put("title", STAND_IN);
    if (this == PROVIDER) {
      standIns.put("id", file.folderName()).put("baseUrl", STAND_IN_URL);
      standIns.putObject("auth").put("header", "Authorization").put("env", "STAND_IN");
      standIns.putObject("sync").put("path", "/{model}");
      standIns.putObject("responseCodes").put("200", STAND_IN);
    } else {
      standIns.put("id", file.baseName()).put("provider", file.folderName()).put("summary", STAND_IN).put("source", STAND_IN_URL);
      standIns.putArray("flows").add("sync");
      standIns.putArray("responseContentTypes").add("application/json");
      String parameter = "stand_in";
      while (partial.path("fixedFields").has(parameter)) {
        parameter += "_";
      }
      standIns.putObject("parameters").putObject(parameter).put("type", "boolean").put("description", STAND_IN);
    }
    return standIns;
  }
}
