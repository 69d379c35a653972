package dev.imagegen.generator.load;

import com.fasterxml.jackson.databind.JsonNode;
import dev.imagegen.generator.spec.SpecLocation;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/** The position of every element of a JSON document in reading order, by JSON Pointer. */
final class DocumentOrder {

  private final Map<String, Integer> positions = new HashMap<>();

  private DocumentOrder() {}

  static DocumentOrder of(JsonNode root) {
    DocumentOrder order = new DocumentOrder();
    // Only the pointers count; the file name is never read.
    order.visit(SpecLocation.ofFile(""), root);
    return order;
  }

  /**
   * The position of the element at {@code pointer}; a pointer to a missing element (a field that
   * should be there) takes the position of its nearest existing parent.
   */
  int position(String pointer) {
    String current = pointer;
    while (!positions.containsKey(current)) {
      current = current.substring(0, Math.max(0, current.lastIndexOf('/')));
    }
    return positions.get(current);
  }

  private void visit(SpecLocation at, JsonNode node) {
    positions.put(at.pointer(), positions.size());
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
        Map.Entry<String, JsonNode> field = fields.next();
        visit(at.child(field.getKey()), field.getValue());
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        visit(at.child(i), node.get(i));
      }
    }
  }
}
