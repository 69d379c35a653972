package dev.imagegen.generator.load;

import com.fasterxml.jackson.databind.JsonNode;
import dev.imagegen.generator.spec.ModelSpec;
import dev.imagegen.generator.spec.ProviderSpec;
import dev.imagegen.generator.spec.SpecSet;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a specs folder ({@code <dir>/<provider>/provider.json} plus one file per model), validates
 * every file against {@code spec.schema.json}, runs the checks of {@link SpecChecks}, and returns the checked
 * model. Every problem in every file is collected and reported together.
 *
 * <p>A file that is not JSON is not checked further. In a file that breaks the schema or holds a value
 * out of bounds ({@link SpecLimits}), the parts refused (a parameter, another top-level field) are left
 * out and the rest is checked as usual, so that one round reports every problem that can be found. A
 * required field refused or missing is filled with a stand-in; a file that lost a top-level field or got
 * a stand-in is then checked alone: its problems with other files show in the next round. When the whole file is refused, it is not checked
 * further, but every other file still is.
 *
 * <pre>{@code
 * SpecSet specs = SpecLoader.load(Path.of("specs"));
 * specs.models().forEach(m -> System.out.println(m.id()));
 * }</pre>
 */
public final class SpecLoader {

  // Immutable and thread-safe: one per JVM spares reading the schema on every load.
  private static final SchemaValidator SCHEMA = SchemaValidator.bundled();

  private final ErrorCollector errors = new ErrorCollector();

  private SpecLoader() {}

  /**
   * The checked specs of {@code specsDir}.
   *
   * @throws SpecException listing every problem, one {@link SpecError} each, when any file is wrong
   * @throws java.io.UncheckedIOException when a file or folder cannot be read
   */
  public static SpecSet load(Path specsDir) throws SpecException {
    return new SpecLoader().loadFolder(specsDir);
  }

  private SpecSet loadFolder(Path specsDir) throws SpecException {
    List<ProviderSpec> providers = new ArrayList<>();
    List<ModelSpec> allModels = new ArrayList<>();
    for (ProviderFolder folder : SpecFolderScanner.scan(specsDir, errors)) {
      Optional<ProviderSpec> provider = folder.providerFile().flatMap(this::provider);
      // Reading and checking one model file needs nothing from the others, so they are read in parallel.
      List<ModelSpec> models = folder.modelFiles().parallelStream().map(this::model).flatMap(Optional::stream).toList();
      allModels.addAll(models);
      // A model naming another provider is reported as such; it takes no part in this provider's checks.
      List<ModelSpec> own = models.stream().filter(model -> model.providerId().equals(folder.name())).toList();
      provider.ifPresent(p -> {
        SpecChecks.providerModels(p, own, errors);
        providers.add(withModels(p, own));
      });
    }
    SpecChecks.catalogue(providers, allModels, errors);
    if (errors.count() > 0) {
      throw new SpecException(errors.sorted());
    }
    return new SpecSet(providers);
  }

  /** The provider of {@code file}, checked; empty when it cannot be read, or must be checked alone. */
  private Optional<ProviderSpec> provider(SpecFile file) {
    return checkable(file, SpecKind.PROVIDER).flatMap(tree -> ProviderReader.read(tree.tree(), file, errors)
        .filter(provider -> {
          SpecChecks.provider(provider, file, errors);
          return !tree.alone();
        }));
  }

  /** The model of {@code file}, checked; empty when it cannot be read, or must be checked alone. */
  private Optional<ModelSpec> model(SpecFile file) {
    return checkable(file, SpecKind.MODEL).flatMap(tree -> {
      ModelSpec model = ModelReader.read(tree.tree(), file);
      SpecChecks.model(model, file, errors);
      return tree.alone() ? Optional.empty() : Optional.of(model);
    });
  }

  /**
   * What to check further of {@code file}: the whole tree when it parses, has the expected kind,
   * holds values in bounds and meets the schema; else what is left of it ({@link RefusedParts}), if
   * that meets the schema.
   */
  private Optional<RefusedParts.Remainder> checkable(SpecFile file, SpecKind kind) {
    return JsonDocumentReader.read(file, errors)
        .filter(root -> kind.matches(file, root, errors))
        .flatMap(root -> {
          List<SpecError> refused = new ArrayList<>(ValueBounds.check(file, root, errors));
          refused.addAll(SCHEMA.validate(file, root, errors));
          return refused.isEmpty()
              ? Optional.of(new RefusedParts.Remainder(root, false))
              : RefusedParts.without(root, refused, kind, file).filter(rest -> SCHEMA.conforms(rest.tree()));
        });
  }

  private static ProviderSpec withModels(ProviderSpec p, List<ModelSpec> models) {
    return new ProviderSpec(p.id(), p.title(), p.baseUrl(), p.baseUrlEnv(), p.auth(), p.sync(), p.async(),
        p.responseCodes(), p.responseHeaders(), p.rateLimit(), p.note(), models, p.location());
  }
}
