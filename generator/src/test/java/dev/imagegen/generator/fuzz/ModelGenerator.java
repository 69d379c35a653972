package dev.imagegen.generator.fuzz;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import dev.imagegen.generator.naming.JavaNames;
import java.util.List;
import java.util.Set;

/**
 * A model file for a drawn provider: hostile title, summary and note; a source URL whose path holds
 * what Javadoc and JavaPoet read specially, now and then hostile text instead; flows the provider
 * supports; the provider's kind of answer; fixed fields (distinct per model when the sync path has no
 * {@code {model}}); and a few parameters, or now and then about 250, with distinct Java names.
 */
final class ModelGenerator {

  private static final List<List<String>> IMAGE_TYPES = List.of(
      List.of("image/jpeg"), List.of("image/png"), List.of("image/jpeg", "image/png", "image/webp"), List.of("image/webp"));
  private static final List<List<String>> JSON_TYPES = List.of(List.of("application/json"), List.of("application/json", "image/png"));

  /** Pieces a URL's path or query may hold that mean something to JavaPoet, Java comments or HTML. */
  private static final List<String> URL_PIECES = List.of(
      "*/", "/*", "$L", "$S", "$$", "$1L", "%25", "&", "&amp;", "@param", "'", "?", "=", "+", ";", "!", "(", ")", "~",
      "models", "x");

  private final Draw draw;
  private final NastyText text;
  private final SpecNames names;
  private final ParameterGenerator parameters;

  ModelGenerator(SetDraws draws) {
    this.draw = draws.draw();
    this.text = draws.text();
    this.names = draws.names();
    this.parameters = new ParameterGenerator(draws);
  }

  /**
   * The model {@code id} of {@code provider}; {@code index} numbers the provider's models, to tell their
   * fixed fields apart; {@code small} keeps the parameter list short, for providers with many models.
   */
  ObjectNode model(ProviderDraft provider, String id, int index, boolean small) {
    ObjectNode json = JsonNodeFactory.instance.objectNode();
    json.put("$schema", "../spec.schema.json");
    json.put("kind", "model");
    json.put("id", id);
    json.put("provider", provider.id());
    json.put("title", text.text());
    json.put("summary", text.text());
    json.put("source", source());
    ArrayNode flows = json.putArray("flows");
    if (!provider.hasAsync() || draw.chance(0.6)) {
      flows.add("sync");
    }
    if (provider.hasAsync() && (flows.isEmpty() || draw.chance(0.5))) {
      flows.add("async");
    }
    ObjectNode parameterNodes = parameters(small);
    ObjectNode fixed = fixedFields(provider, index, parameterNodes.properties().stream().map(e -> e.getKey()).toList());
    if (!fixed.isEmpty()) {
      json.set("fixedFields", fixed);
    }
    ArrayNode types = json.putArray("responseContentTypes");
    draw.pick(provider.answersJson() ? JSON_TYPES : IMAGE_TYPES).forEach(types::add);
    json.set("parameters", parameterNodes);
    if (draw.chance(0.3)) {
      json.put("note", text.text());
    }
    return json;
  }

  /** Mostly a documentation URL, which the loader accepts; now and then hostile text, which it refuses. */
  private String source() {
    if (draw.chance(0.02)) {
      return text.text();
    }
    StringBuilder url = new StringBuilder(draw.pick(List.of("https://", "http://")) + "docs." + names.word() + ".example/");
    int pieces = draw.between(0, 5);
    for (int i = 0; i < pieces; i++) {
      url.append(draw.pick(URL_PIECES));
    }
    return url.toString();
  }

  private ObjectNode parameters(boolean small) {
    int count = small ? draw.between(1, 3) : draw.chance(0.015) ? draw.between(200, 250) : draw.between(1, 8);
    SpecNames.Unique members = new SpecNames.Unique(JavaNames::memberName, Set.of());
    ObjectNode nodes = JsonNodeFactory.instance.objectNode();
    for (int i = 0; i < count; i++) {
      nodes.set(members.next(names::parameterName, n -> "_" + n), parameters.parameter());
    }
    return nodes;
  }

  private ObjectNode fixedFields(ProviderDraft provider, int index, List<String> parameterNames) {
    ObjectNode fixed = JsonNodeFactory.instance.objectNode();
    if (!provider.syncPathHasModel()) {
      fixed.put("app_id", "ap-" + index + (draw.chance(0.5) ? text.text() : ""));
    }
    int extra = draw.chance(0.2) ? draw.between(1, 3) : 0;
    for (int i = 0; i < extra; i++) {
      String key = draw.chance(0.5) ? names.parameterName() : text.text();
      if (!parameterNames.contains(key) && !fixed.has(key)) {
        putScalar(fixed, key);
      }
    }
    return fixed;
  }

  private void putScalar(ObjectNode fixed, String key) {
    switch (draw.between(0, 2)) {
      case 0 -> fixed.put(key, text.text());
      case 1 -> fixed.putRawValue(key, new RawValue(draw.pick(SpecNumber.EDGES).text()));
      default -> fixed.put(key, draw.chance(0.5));
    }
  }
}
