package dev.imagegen.generator.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The folders the command line reads, {@code --specs} and {@code --diff}, must exist: a missing one
 * is a mistyped argument (status 1), not a mistake in the specs (status 2).
 */
final class InputFolders {

  private InputFolders() {}

  /** What is wrong with the folder {@code option} names, such as {@code --specs specs: no such folder}; empty when nothing is. */
  static Optional<String> problem(String option, Path folder) {
    if (!Files.exists(folder)) {
      return Optional.of(option + " " + folder + ": no such folder");
    }
    if (!Files.isDirectory(folder)) {
      return Optional.of(option + " " + folder + " is a file, not a folder");
    }
    return Optional.empty();
  }
}
