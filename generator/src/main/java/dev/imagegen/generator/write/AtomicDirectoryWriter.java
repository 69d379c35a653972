package dev.imagegen.generator.write;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Replaces a folder of generated files as a whole: the new tree is written into a hidden folder next
 * to the target, and moved into place only once complete; the old tree is deleted only after that.
 * When anything fails, the target is left as it was and the hidden folder is removed.
 *
 * <p>Every tree it writes holds a {@value #MARKER} file. It refuses to replace a folder that is not
 * empty and has no marker, so a mistyped {@code --out} cannot wipe out files the generator did not write.
 *
 * <pre>{@code
 * AtomicDirectoryWriter.replace(Path.of("target/generated-sources/imagegen"),
 *     dir -> javaFile.writeTo(dir));
 * }</pre>
 */
public final class AtomicDirectoryWriter {

  /** The file that marks a folder as written by the generator. */
  public static final String MARKER = ".imagegen-generated";

  private static final String MARKER_TEXT = "Written by the imagegen generator: every run replaces this whole folder.\n";

  private AtomicDirectoryWriter() {}

  /** Replaces {@code target} by the tree {@code content} writes. */
  public static void replace(Path target, DirectoryContent content) throws IOException {
    Path dir = target.toAbsolutePath().normalize();
    Path parent = dir.getParent();
    if (parent == null) {
      throw new IOException("refusing to replace the root folder " + dir);
    }
    checkReplaceable(dir);
    Files.createDirectories(parent);
    Path staging = createSibling(dir, "new");
    try {
      content.writeTo(staging);
      Files.writeString(staging.resolve(MARKER), MARKER_TEXT);
      swap(staging, dir);
    } finally {
      deleteTree(staging);
    }
  }

  /**
   * Throws what {@link #replace} would throw for {@code target} before writing anything: it is a
   * file, or a folder that holds files and no {@value #MARKER}. Lets a caller with several outputs
   * check them all before it writes any.
   */
  public static void checkReplaceable(Path target) throws IOException {
    Path dir = target.toAbsolutePath().normalize();
    if (!Files.exists(dir)) {
      return;
    }
    if (!Files.isDirectory(dir)) {
      throw new IOException(dir + " is a file, not a folder");
    }
    boolean empty;
    try (Stream<Path> entries = Files.list(dir)) {
      empty = entries.findAny().isEmpty();
    }
    if (!empty && !Files.exists(dir.resolve(MARKER))) {
      throw new IOException("refusing to replace " + dir + ": it holds files and no " + MARKER
          + " marker, so the generator did not write it");
    }
  }

  /** Moves {@code staging} to {@code target}, keeping the old tree until the new one is in place. */
  private static void swap(Path staging, Path target) throws IOException {
    if (!Files.exists(target)) {
      Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
      return;
    }
    Path trash = createSibling(target, "old");
    Path old = trash.resolve("tree");
    Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
    try {
      Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
      Files.delete(trash);
      throw e;
    }
    deleteTree(trash);
  }

  /**
   * A new hidden folder next to {@code dir}, on the same file system so that moves are renames. Unlike
   * {@code Files.createTempDirectory} it gets the usual permissions, which the generated tree keeps.
   */
  private static Path createSibling(Path dir, String purpose) throws IOException {
    return Files.createDirectory(dir.resolveSibling("." + dir.getFileName() + "." + purpose + "-" + UUID.randomUUID()));
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    Files.walkFileTree(root, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
        Files.delete(file);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult postVisitDirectory(Path dir, IOException failure) throws IOException {
        if (failure != null) {
          throw failure;
        }
        Files.delete(dir);
        return FileVisitResult.CONTINUE;
      }
    });
  }
}
