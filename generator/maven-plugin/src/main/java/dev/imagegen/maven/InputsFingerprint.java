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
import java.util.stream.Stream;

/**
 * A SHA-256 digest of everything the generated sources depend on: every file of the specs folder (its path
 * in the folder and its bytes), the generator's version, and the generator's own code (its jar, or its
 * classes folder in a build of the generator itself), so that a changed snapshot of the generator counts
 * as a change even when its version stays the same.
 */
final class InputsFingerprint {

  private InputsFingerprint() {}

  /** The digest for {@code specsFolder} and this generator, as 64 lowercase hex digits. */
  static String of(Path specsFolder) throws IOException {
    MessageDigest digest = sha256();
    digest.update(("imagegen " + GeneratorVersion.current() + "\n").getBytes(StandardCharsets.UTF_8));
    addTree(digest, "specs", specsFolder);
    addTree(digest, "generator", generatorCode());
    return HexFormat.of().formatHex(digest.digest());
  }

  /** Adds each regular file below {@code root} (or {@code root} itself when it is a file), in path order. */
  private static void addTree(MessageDigest digest, String label, Path root) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(root)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
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
