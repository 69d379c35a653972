package dev.imagegen.generator.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The folders the command line reads, {@code --specs} and {@code --diff}, must exist: a missing one
 * is a mistyped argument (status 1), not a mistake in the specs (status 2).
 */
final class InputFolders {

  private InputFolders() {}

  static void check(CliArguments arguments) throws UsageException {
    require("--specs", arguments.specs());
    if (arguments.diff().isPresent()) {
      require("--diff", arguments.diff().get());
    }
  }

  private static void require(String option, Path folder) throws UsageException {
    if (!Files.exists(folder)) {
      throw new UsageException(option + " " + folder + ": no such folder");
    }
    if (!Files.isDirectory(folder)) {
      throw new UsageException(option + " " + folder + " is a file, not a folder");
    }
  }
}
