package dev.imagegen.generator.load;

import dev.imagegen.generator.naming.JavaNames;
import dev.imagegen.generator.spec.ModelSpec;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks that model ids and class names are unique across the whole specs folder, so that a model
 * can be named without its provider. Each clash is reported at both files, since either may be the one
 * just added.
 */
final class ModelSetChecks {

  private ModelSetChecks() {}

  private static void sameId(ModelSpec model, ModelSpec other, ErrorCollector errors) {
    errors.add(model.location().child("id"), "model id " + SpecValues.show(model.id()) + " is also used by " + other.location().file());
  }

  private static void sameTypeName(ModelSpec model, ModelSpec other, ErrorCollector errors) {
    errors.add(model.location().child("id"), SpecValues.show(model.id()) + " becomes the Java name " + JavaNames.typeName(model.id())
        + ", like " + SpecValues.show(other.id()) + " in " + other.location().file());
  }

  /** {@code models} in file order. */
  static void check(List<ModelSpec> models, ErrorCollector errors) {
    Map<String, ModelSpec> byId = new HashMap<>();
    Map<String, ModelSpec> byTypeName = new HashMap<>();
    for (ModelSpec model : models) {
      ModelSpec sameId = byId.putIfAbsent(model.id(), model);
      ModelSpec sameTypeName = byTypeName.putIfAbsent(JavaNames.typeName(model.id()), model);
      if (sameId != null) {
        sameId(model, sameId, errors);
        sameId(sameId, model, errors);
      } else if (sameTypeName != null) {
        sameTypeName(model, sameTypeName, errors);
        sameTypeName(sameTypeName, model, errors);
      }
    }
  }
}
