package dev.imagegen.generator.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The part of a spec file that the schema did not refuse, so that its semantic problems are reported
 * in the same round as the schema's: each schema error's part (a parameter, or another top-level
 * field) is cut from a copy of the tree. A required field that was cut or is missing gets its kind's
 * stand-in ({@link SpecKind#standIns}), so that the rest of the file is still checked. A file that lost
 * a top-level field, or got a stand-in, is checked alone: what it lost or what stands in (an async
 * block, fixed fields, flows) must not meet the other files and raise problems they do not have. When
 * what is left still breaks the schema, nothing can be checked further.
 */
final class RefusedParts {

  private static final String PARAMETERS = "parameters";

  private RefusedParts() {}

  /**
   * What is left of a file to check.
   *
   * @param tree the file's tree without its refused parts
   * @param alone true when the file lost a top-level field or got a stand-in: it is then checked alone
   */
  record Remainder(JsonNode tree, boolean alone) {}

  /**
   * A copy of {@code root} without the parts {@code schemaErrors} point into, with stand-ins for the
   * required fields so lost; an error at the file's root, such as a missing field, cuts nothing. Empty
   * when the file is not a JSON object.
   */
  static Optional<Remainder> without(JsonNode root, List<SpecError> schemaErrors, SpecKind kind, SpecFile file) {
    if (!root.isObject()) {
      return Optional.empty();
    }
    Set<List<String>> parts = new LinkedHashSet<>();
    for (SpecError error : schemaErrors) {
      List<String> tokens = tokens(error.location().pointer());
      // A parameter's problem cuts that parameter; a problem of the parameters object cuts them all.
      int depth = tokens.size() >= 2 && tokens.get(0).equals(PARAMETERS) ? 2 : 1;
      if (tokens.size() >= depth) {
        parts.add(tokens.subList(0, depth));
      }
    }
    ObjectNode copy = root.deepCopy();
    for (List<String> part : parts) {
      JsonNode parent = part.size() == 1 ? copy : copy.path(part.get(0));
      if (parent instanceof ObjectNode object) {
        object.remove(part.get(part.size() - 1));
      }
    }
    boolean alone = parts.stream().anyMatch(part -> part.size() == 1);
    ObjectNode standIns = kind.standIns(file, copy);
    for (Iterator<String> fields = standIns.fieldNames(); fields.hasNext(); ) {
      String field = fields.next();
      // Cutting every parameter leaves an empty object, which is as good as missing.
      if (!copy.has(field) || (field.equals(PARAMETERS) && copy.get(field).isEmpty())) {
        copy.set(field, standIns.get(field));
        alone = true;
      }
    }
    return Optional.of(new Remainder(copy, alone));
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
