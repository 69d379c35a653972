package dev.imagegen.generator.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Spec folders made by tests from real or fixture ones: a copy of a whole folder, and a model dropped
 * in under a new id, the way a maintainer adds a model by copying a spec file and changing its id.
 */
public final class SpecFolderCopies {

  private SpecFolderCopies() {}

  /** Copies the specs folder {@code from} (schema, provider folders and their files) into {@code to}. */
  public static Path copy(Path from, Path to) {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Path target = to.resolve(from.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target);
        }
      }
      return to;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes a copy of model {@code modelId} of {@code provider} under {@code newId}, in the same folder:
   * {@code <newId>.json} whose {@code "id"} is {@code newId}, everything else as it was.
   *
   * @return the new file
   */
  public static Path dropIn(Path specs, String provider, String modelId, String newId) {
    Path folder = specs.resolve(provider);
    try {
      String original = Files.readString(folder.resolve(modelId + ".json"));
      String idField = "\"id\": \"" + modelId + "\"";
      if (!original.contains(idField)) {
        throw new IllegalArgumentException(folder.resolve(modelId + ".json") + " has no line " + idField);
      }
      return Files.writeString(folder.resolve(newId + ".json"),
          original.replace(idField, "\"id\": \"" + newId + "\""));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
