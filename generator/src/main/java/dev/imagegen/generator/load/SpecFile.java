package dev.imagegen.generator.load;

import dev.imagegen.generator.spec.SpecLocation;
import java.nio.file.Path;

/**
 * One file of a specs folder.
 *
 * @param path where the file is on disk
 * @param shownAs how messages name it: {@code <specs-folder-name>/<provider>/<file>}, such as {@code specs/segmind/flux-schnell.json}
 * @param folderName the provider folder the file lies in
 */
record SpecFile(Path path, String shownAs, String folderName) {

  /** The file name without {@code .json}. */
  String baseName() {
    String name = path.getFileName().toString();
    return name.endsWith(".json") ? name.substring(0, name.length() - ".json".length()) : name;
  }

  /** The whole file. */
  SpecLocation location() {
    return SpecLocation.ofFile(shownAs);
  }

  /** The element at {@code pointer} in this file. */
  SpecLocation at(String pointer) {
    return new SpecLocation(shownAs, pointer);
  }
}
