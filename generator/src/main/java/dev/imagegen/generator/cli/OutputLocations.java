package dev.imagegen.generator.cli;

import dev.imagegen.generator.write.AtomicDirectoryWriter;
import dev.imagegen.generator.write.FileReplacement;
import dev.imagegen.generator.write.IoProblems;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where an output goes must be reachable: the folders above it exist or can be created, and can be written in. */
final class OutputLocations {

  private static final String PROBE_PREFIX = ".imagegen-probe";

  private OutputLocations() {}

  /** Throws when the folder output {@code dir} could not be replaced as a whole; writes nothing that stays. */
  static void checkFolder(Path dir) throws IOException {
    AtomicDirectoryWriter.checkReplaceable(dir);
    requireCreatable(dir);
  }

  /** Throws when the file output {@code file} could not be replaced; writes nothing that stays. */
  static void checkFile(Path file) throws IOException {
    FileReplacement.checkReplaceable(file);
    requireCreatable(file);
  }

  /**
   * Throws when the nearest existing path above {@code target} is a file, or a folder in which no file
   * can be created (permissions, a read-only or special file system): the output's folders, or its
   * staging copy next to it, could not be created. Tries by creating a hidden file there and deleting it.
   */
  private static void requireCreatable(Path target) throws IOException {
    Path above = target.toAbsolutePath().normalize().getParent();
    while (above != null && !Files.exists(above)) {
      above = above.getParent();
    }
    if (above == null) {
      return;
    }
    if (!Files.isDirectory(above)) {
      throw new IOException(above + " is a file, not a folder");
    }
    Path probe;
    try {
      probe = Files.createTempFile(above, PROBE_PREFIX, ".tmp");
    } catch (IOException e) {
      throw new IOException("cannot create files in " + above + ": " + IoProblems.reason(e), e);
    }
    Files.delete(probe);
  }
}
