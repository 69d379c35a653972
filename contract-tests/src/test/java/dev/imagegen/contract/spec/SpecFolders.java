package dev.imagegen.contract.spec;

import dev.imagegen.generator.load.SpecException;
import dev.imagegen.generator.load.SpecLoader;
import dev.imagegen.generator.spec.ProviderSpec;
import dev.imagegen.generator.spec.SpecSet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The specs folders the contract tests read: the real {@code specs/} and the tests' own folder of
 * models that exist nowhere else. Maven passes both as system properties; from an IDE the paths
 * relative to {@code contract-tests/} are used.
 */
public final class SpecFolders {

  private static final Map<String, String> FOLDERS = Map.of(
      "imagegen.specs", "../specs",
      "imagegen.testSpecs", "src/test/specs");

  private static final List<ModelUnderTest> MODELS = load();

  private SpecFolders() {}

  /** Every model of every provider of both folders, real specs first. */
  public static List<ModelUnderTest> models() {
    return MODELS;
  }

  /** The real specs folder. */
  public static Path specs() {
    return folder("imagegen.specs");
  }

  /** The test-only folder, whose models prove that a dropped-in spec is covered. */
  public static Path testSpecs() {
    return folder("imagegen.testSpecs");
  }

  /** Both folders, real specs first. */
  public static List<Path> folders() {
    return List.of(specs(), testSpecs());
  }

  /** The loaded specs of {@code folder}; a broken spec fails the run with every problem listed. */
  public static SpecSet load(Path folder) {
    try {
      return SpecLoader.load(folder);
    } catch (SpecException e) {
      throw new IllegalStateException("the specs in " + folder + " do not load:\n" + e.getMessage(), e);
    }
  }

  private static List<ModelUnderTest> load() {
    List<ModelUnderTest> models = new ArrayList<>();
    for (Path folder : folders()) {
      for (ProviderSpec provider : load(folder).providers()) {
        provider.models().forEach(model -> models.add(new ModelUnderTest(folder.toString(), provider, model)));
      }
    }
    return List.copyOf(models);
  }

  private static Path folder(String property) {
    Path folder = Path.of(System.getProperty(property, FOLDERS.get(property))).toAbsolutePath().normalize();
    if (!Files.isDirectory(folder)) {
      throw new IllegalStateException("no specs folder at " + folder + " (system property " + property + ")");
    }
    return folder;
  }
}
