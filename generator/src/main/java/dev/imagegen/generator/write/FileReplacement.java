package dev.imagegen.generator.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Replaces a file as a whole: readers see the old text or the new, never a part. */
public final class FileReplacement {

  private FileReplacement() {}

  /** Throws when {@code file} names a folder, which {@link #write} refuses to replace. */
  public static void checkReplaceable(Path file) throws IOException {
    Path target = file.toAbsolutePath().normalize();
    if (Files.isDirectory(target)) {
      throw new IOException(target + " is a folder, not a file");
    }
  }

  /**
   * Writes {@code text} to {@code file} in UTF-8, creating missing folders above it.
   *
   * @throws IOException when {@code file} is a folder or cannot be written; the old file, if any, is left as it was
   */
  public static void write(Path file, String text) throws IOException {
    checkReplaceable(file);
    Path target = file.toAbsolutePath().normalize();
    Files.createDirectories(target.getParent());
    // Written next to the target, so that the move is a rename on the same file system.
    Path staging = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".new");
    try {
      Files.writeString(staging, text);
      Files.move(staging, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(staging);
    }
  }
}
