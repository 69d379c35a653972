package dev.imagegen.generator.emit;

import com.palantir.javapoet.JavaFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles generated files together with the hand-written runtime ({@code imagegen.runtimeSources})
 * in-process with {@code javax.tools}, as users on Java 11 would: {@code --release 11 -Xlint:all},
 * against the test classpath (Retrofit, OkHttp, Jackson).
 */
final class InProcessCompiler {

  /** What javac reported, and where the class files went. */
  record Result(List<Diagnostic<? extends JavaFileObject>> diagnostics, Path classes) {

    List<Diagnostic<? extends JavaFileObject>> ofKind(Diagnostic.Kind kind) {
      return diagnostics.stream().filter(d -> d.getKind() == kind).collect(Collectors.toList());
    }

    /** Every diagnostic about a generated file, whatever its kind: the generated code compiles cleanly. */
    List<Diagnostic<? extends JavaFileObject>> inGeneratedFiles() {
      return diagnostics.stream()
          .filter(d -> d.getSource() != null && !d.getSource().toUri().getPath().startsWith(runtimeSources().toUri().getPath()))
          .collect(Collectors.toList());
    }

    /** All diagnostics, one per line, for a failure message. */
    String describe() {
      return diagnostics.stream().map(d -> d.getKind() + " " + d).collect(Collectors.joining("\n"));
    }
  }

  private InProcessCompiler() {}

  static Result compile(List<JavaFile> generated, Path classes) throws IOException {
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      List<JavaFileObject> units = new ArrayList<>();
      generated.forEach(file -> units.add(file.toJavaFileObject()));
      files.getJavaFileObjectsFromPaths(runtimeSourceFiles()).forEach(units::add);
      List<String> options = List.of(
          "--release", "11", "-Xlint:all", "-classpath", testClasspath(), "-d", classes.toString());
      compiler.getTask(null, files, diagnostics, options, null, units).call();
    }
    return new Result(List.copyOf(diagnostics.getDiagnostics()), classes);
  }

  /** The runtime's source folder, {@code generated-client/src/main/java}. */
  static Path runtimeSources() {
    return Path.of(TestSpecs.requiredProperty("imagegen.runtimeSources")).toAbsolutePath().normalize();
  }

  private static List<Path> runtimeSourceFiles() {
    try (Stream<Path> paths = Files.walk(runtimeSources())) {
      return paths.filter(path -> path.toString().endsWith(".java")).collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Surefire names the full test classpath here; {@code java.class.path} may be its manifest-only jar. */
  private static String testClasspath() {
    return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
  }
}
