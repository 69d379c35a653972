package dev.imagegen.maven;

import dev.imagegen.generator.GeneratorVersion;
import dev.imagegen.generator.load.SpecLoader;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * SHA-256 digests, as 64 lowercase hex digits, that tell whether generated sources are still those of their
 * inputs: one of the inputs, one of the sources as they lie in their folder.
 */
final class Fingerprints {

  /** Files of the generator's own in an output folder, such as its marker: not sources. */
  static final String GENERATOR_FILES = ".imagegen-";

  private Fingerprints() {}

  /**
   * The digest of everything the generated sources depend on: every file of the specs folder (its path in
   * the folder and its bytes), the generator's version, and the generator's own code (its jar, or its
   * classes folder in a build of the generator itself), so that a changed snapshot of the generator counts
   * as a change even when its version stays the same.
   */
  static String ofInputs(Path specsFolder) throws IOException {
    MessageDigest digest = sha256();
    digest.update(("imagegen " + GeneratorVersion.current() + "\n").getBytes(StandardCharsets.UTF_8));
    addTree(digest, "specs", specsFolder, file -> true);
    addTree(digest, "generator", generatorCode(), file -> true);
    return HexFormat.of().formatHex(digest.digest());
  }

  /** The digest of the sources in {@code folder}, without the generator's own files, so that a changed or lost source shows. */
  static String ofSources(Path folder) throws IOException {
    MessageDigest digest = sha256();
    addTree(digest, "sources", folder, file -> !file.getFileName().toString().startsWith(GENERATOR_FILES));
    return HexFormat.of().formatHex(digest.digest());
  }

  /** Adds each regular file below {@code root} (or {@code root} itself when it is a file) that {@code counts}, in path order. */
  private static void addTree(MessageDigest digest, String label, Path root, Predicate<Path> counts) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(root)) {
      files = walk.filter(Files::isRegularFile).filter(counts).sorted().toList();
    }
    for (Path file : files) {
      // The relative path and the length frame each file, so no two different trees feed the same bytes.
      byte[] content = Files.readAllBytes(file);
      String name = root.relativize(file).toString().replace('\\', '/');
      digest.update((label + ":" + name + ":" + content.length + "\n").getBytes(StandardCharsets.UTF_8));
      digest.update(content);
    }
  }

  private static Path generatorCode() throws IOException {
    CodeSource code = SpecLoader.class.getProtectionDomain().getCodeSource();
    if (code == null) {
      throw new IOException("cannot locate the generator's code to tell whether it changed");
    }
    try {
      return Path.of(code.getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IOException("cannot locate the generator's code at " + code.getLocation(), e);
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
