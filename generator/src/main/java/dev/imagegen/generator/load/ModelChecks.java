package dev.imagegen.generator.load;

import dev.imagegen.generator.naming.JavaNames;
import dev.imagegen.generator.spec.ModelSpec;
import dev.imagegen.generator.spec.ParameterSpec;

/**
 * Checks a model beyond what the schema can say: its id names its file, its provider names its
 * folder, its parameters have distinct Java names and do not repeat a fixed field, and each
 * parameter's own constraints hold.
 */
final class ModelChecks {

  private ModelChecks() {}

  static void check(ModelSpec model, SpecFile file, ErrorCollector errors) {
    if (!model.id().equals(file.baseName())) {
      errors.add(file.at("/id"), SpecValues.show(model.id()) + " does not match the file name " + file.path().getFileName());
    }
    if (!model.providerId().equals(file.folderName())) {
      errors.add(file.at("/provider"), SpecValues.show(model.providerId()) + " does not match the folder name " + file.folderName());
    }
    JavaNameChecks names = new JavaNameChecks(JavaNames::memberName, "Java name", errors);
    for (ParameterSpec parameter : model.parameters()) {
      String shown = "parameter " + SpecValues.show(parameter.name());
      names.check(parameter.name(), shown, shown, parameter.location());
      if (model.fixedFields().containsKey(parameter.name())) {
        errors.add(parameter.location(), shown + " is also sent as a fixed field (/fixedFields/" + parameter.name() + ")");
      }
      ParameterChecks.check(parameter, errors);
    }
  }
}
