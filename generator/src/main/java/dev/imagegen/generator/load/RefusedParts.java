package dev.imagegen.generator.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The part of a spec file that the schema did not refuse, so that its semantic problems are reported
 * in the same round as the schema's: each schema error's part (a parameter, or another top-level
 * field) is cut from a copy of the tree. When a problem concerns the whole file, or what is left
 * still breaks the schema (a required field was cut), nothing can be checked further.
 */
final class RefusedParts {

  private static final String PARAMETERS = "parameters";

  private RefusedParts() {}

  /** A copy of {@code root} without the parts {@code schemaErrors} point into, when one can be made. */
  static Optional<JsonNode> without(JsonNode root, List<SpecError> schemaErrors) {
    Set<List<String>> parts = new LinkedHashSet<>();
    for (SpecError error : schemaErrors) {
      List<String> tokens = tokens(error.location().pointer());
      int depth = !tokens.isEmpty() && tokens.get(0).equals(PARAMETERS) ? 2 : 1;
      if (tokens.size() < depth) {
        return Optional.empty();
      }
      parts.add(tokens.subList(0, depth));
    }
    JsonNode copy = root.deepCopy();
    for (List<String> part : parts) {
      JsonNode parent = part.size() == 1 ? copy : copy.path(part.get(0));
      if (!(parent instanceof ObjectNode)) {
        return Optional.empty();
      }
      ((ObjectNode) parent).remove(part.get(part.size() - 1));
    }
    return Optional.of(copy);
  }

  /** The reference tokens of a JSON Pointer, unescaped. */
  private static List<String> tokens(String pointer) {
    if (pointer.isEmpty()) {
      return List.of();
    }
    return Arrays.stream(pointer.substring(1).split("/", -1))
        .map(token -> token.replace("~1", "/").replace("~0", "~"))
        .toList();
  }
}
