package dev.imagegen.generator.load;

import dev.imagegen.generator.naming.JavaNames;
import dev.imagegen.generator.spec.ModelSpec;
import dev.imagegen.generator.spec.ParameterSpec;
import dev.imagegen.generator.spec.SpecLocation;
import java.util.Locale;
import java.util.Set;

/**
 * Checks a model beyond what the schema can say: its id names its file, its provider names its
 * folder, its source is the URL of its documentation, its parameters have distinct Java names and do
 * not repeat a fixed field, and each parameter's own constraints hold.
 */
final class ModelChecks {

  private static final Set<String> WEB_SCHEMES = Set.of("http", "https");

  private ModelChecks() {}

  static void check(ModelSpec model, SpecFile file, ErrorCollector errors) {
    if (!model.id().equals(file.baseName())) {
      errors.add(file.at("/id"), SpecValues.show(model.id()) + " does not match the file name " + file.path().getFileName());
    }
    if (!model.providerId().equals(file.folderName())) {
      errors.add(file.at("/provider"), SpecValues.show(model.providerId()) + " does not match the folder name " + file.folderName());
    }
    checkSource(model.source(), file.at("/source"), errors);
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

  /** The generated Javadoc links the source for users, so it must be a web page: an http(s) URL with a host. */
  private static void checkSource(String source, SpecLocation at, ErrorCollector errors) {
    SpecUrls.parse(source, at, errors)
        .filter(uri -> uri.getScheme() == null || !WEB_SCHEMES.contains(uri.getScheme().toLowerCase(Locale.ROOT))
            || uri.getHost() == null)
        .ifPresent(uri -> errors.add(at, SpecValues.show(source)
            + " is not an absolute http(s) URL; the source names the model's public documentation page"));
  }
}
