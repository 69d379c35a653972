package dev.imagegen.generator.load;

import com.fasterxml.jackson.databind.JsonNode;

/** The two kinds of spec file; {@code provider.json} holds a provider and every other file a model. */
enum SpecKind {
  PROVIDER("provider"),
  MODEL("model");

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
}
