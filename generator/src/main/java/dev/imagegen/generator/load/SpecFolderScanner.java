package dev.imagegen.generator.load;

import dev.imagegen.generator.spec.SpecLocation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds the provider folders and spec files of a specs folder, and reports a layout that cannot be
 * right: a missing or empty specs folder, a provider folder without {@code provider.json} or without
 * models, and anything in a provider folder that is not a {@code .json} file.
 *
 * <p>Files directly in the specs folder ({@code spec.schema.json}, {@code README.md}) are not specs;
 * hidden entries (names starting with {@code .}, such as {@code .DS_Store}) are ignored everywhere.
 */
final class SpecFolderScanner {

  static final String PROVIDER_FILE = "provider.json";

  private final Path specsDir;
  private final String shownAs;
  private final ErrorCollector errors;

  private SpecFolderScanner(Path specsDir, ErrorCollector errors) {
    this.specsDir = specsDir;
    Path name = specsDir.toAbsolutePath().normalize().getFileName();
    this.shownAs = name == null ? "" : name.toString();
    this.errors = errors;
  }

  /** The provider folders of {@code specsDir}, by name; layout problems go to {@code errors}. */
  static List<ProviderFolder> scan(Path specsDir, ErrorCollector errors) {
    return new SpecFolderScanner(specsDir, errors).scan();
  }

  private List<ProviderFolder> scan() {
    SpecLocation root = SpecLocation.ofFile(shownAs);
    if (!Files.exists(specsDir)) {
      errors.add(root, "the specs folder " + specsDir + " does not exist");
      return List.of();
    }
    if (!Files.isDirectory(specsDir)) {
      errors.add(root, specsDir + " is not a folder");
      return List.of();
    }
    List<ProviderFolder> folders = list(specsDir).filter(Files::isDirectory).map(this::providerFolder).toList();
    if (folders.isEmpty()) {
      errors.add(root, "no provider folders; each provider needs a folder holding provider.json and one .json file per model");
    }
    return folders;
  }

  private ProviderFolder providerFolder(Path dir) {
    String name = dir.getFileName().toString();
    Optional<SpecFile> providerFile = Optional.empty();
    List<SpecFile> modelFiles = new ArrayList<>();
    for (Path entry : list(dir).toList()) {
      SpecFile file = new SpecFile(entry, shownAs + "/" + name + "/" + entry.getFileName(), name);
      if (!Files.isRegularFile(entry) || !entry.getFileName().toString().endsWith(".json")) {
        errors.add(file.location(), "not a .json file; a provider folder holds only provider.json and model .json files");
      } else if (entry.getFileName().toString().equals(PROVIDER_FILE)) {
        providerFile = Optional.of(file);
      } else {
        modelFiles.add(file);
      }
    }
    SpecLocation providerLocation = SpecLocation.ofFile(shownAs + "/" + name + "/" + PROVIDER_FILE);
    if (providerFile.isEmpty()) {
      errors.add(providerLocation, "missing; every provider folder needs a provider.json");
    } else if (modelFiles.isEmpty()) {
      errors.add(providerLocation, "provider " + name + " has no model files");
    }
    return new ProviderFolder(name, providerFile, modelFiles);
  }

  /** The visible entries of {@code dir}, by name. */
  private static Stream<Path> list(Path dir) {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList().stream();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list a specs folder", e);
    }
  }
}
