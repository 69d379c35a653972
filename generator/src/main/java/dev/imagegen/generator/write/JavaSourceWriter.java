package dev.imagegen.generator.write;

import com.palantir.javapoet.JavaFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a generated Java file below a source root, at {@code <package path>/<Type>.java}, in UTF-8.
 * The file is rendered in memory and written in one call, which is several times faster than
 * JavaPoet's own {@code writeTo}, whose writer is not buffered.
 */
public final class JavaSourceWriter {

  private JavaSourceWriter() {}

  /** Writes {@code file} below {@code sourceRoot}, creating its package folders; safe to call from several threads. */
  public static void write(JavaFile file, Path sourceRoot) throws IOException {
    Path folder = sourceRoot;
    if (!file.packageName().isEmpty()) {
      for (String segment : file.packageName().split("\\.")) {
        folder = folder.resolve(segment);
      }
    }
    Files.createDirectories(folder);
    Files.writeString(folder.resolve(file.typeSpec().name() + ".java"), file.toString(), StandardCharsets.UTF_8);
  }
}
