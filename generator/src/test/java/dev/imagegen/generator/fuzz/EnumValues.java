package dev.imagegen.generator.fuzz;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import dev.imagegen.generator.naming.JavaNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The {@code values} (and maybe {@code default}) of an {@code enum} parameter: a handful usually, hundreds
 * now and then, up to the schema's 1000 rarely, and beyond it more rarely still; all strings of hostile text, or all integers at the edges of
 * {@code long}. Every value gets a distinct Java constant.
 */
final class EnumValues {

  private static final List<String> EDGE_INTEGERS = List.of(
      "0", "1", "-1", "512", "-512", "9223372036854775807", "-9223372036854775808", "2147483648", "1e3", "7");

  // The schema's limits: at most 1000 values of at most 1000 characters. Now and then a set goes beyond
  // them, to see that the loader refuses it cleanly.
  private static final int MAX_VALUES = 1_000;
  private static final int MAX_VALUE_LENGTH = 1_000;

  private final Draw draw;
  private final SetDraws draws;

  EnumValues(SetDraws draws) {
    this.draw = draws.draw();
    this.draws = draws;
  }

  /** Writes {@code values} into {@code parameter}, and a default among them when {@code withDefault}. */
  void writeTo(ObjectNode parameter, boolean withDefault) {
    int count = count();
    ArrayNode values = parameter.arrayNode();
    List<Runnable> defaults = new ArrayList<>();
    SpecNames.Unique constants = new SpecNames.Unique(JavaNames::constantName, Set.of());
    if (draw.chance(0.2)) {
      List<String> integers = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        String value = constants.next(() -> integer(integers.size()), n -> "");
        integers.add(value);
        values.addRawValue(new RawValue(value));
        defaults.add(() -> parameter.putRawValue("default", new RawValue(value)));
      }
    } else {
      for (int i = 0; i < count; i++) {
        String value = constants.next(this::stringValue, n -> " v" + n);
        values.add(value);
        defaults.add(() -> parameter.put("default", value));
      }
    }
    parameter.set("values", values);
    if (withDefault) {
      draw.pick(defaults).run();
    }
  }

  private int count() {
    if (draw.chance(0.005)) {
      return draw.between(MAX_VALUES + 1, 3_000);
    }
    if (draw.chance(0.02)) {
      return draw.between(500, MAX_VALUES);
    }
    if (draw.chance(0.04)) {
      return draw.between(100, 500);
    }
    return draw.chance(0.1) ? 1 : draw.between(2, 20);
  }

  private String integer(int index) {
    return draw.chance(0.3) ? draw.pick(EDGE_INTEGERS) : Long.toString(draw.chance(0.5) ? index : draw.anyLong());
  }

  private String stringValue() {
    return switch (draw.between(0, 3)) {
      case 0 -> draw.pick(SpecNames.KEYWORDS);
      case 1 -> draw.pick(SpecNames.TYPE_NAMES);
      default -> draws.text().upTo(draw.chance(0.01) ? Integer.MAX_VALUE : MAX_VALUE_LENGTH - 10)
          + (draw.chance(0.7) ? " " + draws.names().word() : "");
    };
  }
}
