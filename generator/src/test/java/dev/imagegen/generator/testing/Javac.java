package dev.imagegen.generator.testing;

import java.io.File;
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
 * javac in-process, as the tests of generated code run it: {@code --release 11 -Xlint:all}, as users on
 * Java 11 would compile, against the test classpath (Retrofit, OkHttp, Jackson), with the hand-written
 * runtime ({@code imagegen.runtimeSources}, set by surefire) at hand.
 */
public final class Javac {

  private Javac() {}

  /** The runtime's source folder, {@code generated-client/src/main/java}. */
  public static Path runtimeSources() {
    String folder = System.getProperty("imagegen.runtimeSources");
    if (folder == null || folder.isBlank()) {
      throw new IllegalStateException("system property imagegen.runtimeSources is not set; run the tests through Maven");
    }
    return Path.of(folder).toAbsolutePath().normalize();
  }

  /** Every {@code .java} file of the runtime. */
  public static List<Path> runtimeSourceFiles() {
    try (Stream<Path> paths = Files.walk(runtimeSources())) {
      return paths.filter(path -> path.toString().endsWith(".java")).collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Compiles {@code sources} and {@code sourceFiles} together into {@code classes}, with {@code classpathFirst}
   * (such as the runtime's classes) before the test classpath, and returns every diagnostic.
   */
  public static List<Diagnostic<? extends JavaFileObject>> compile(
      List<JavaFileObject> sources, List<Path> sourceFiles, List<Path> classpathFirst, Path classes) {
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      List<JavaFileObject> units = new ArrayList<>(sources);
      files.getJavaFileObjectsFromPaths(sourceFiles).forEach(units::add);
      List<String> classpath = new ArrayList<>();
      classpathFirst.forEach(path -> classpath.add(path.toString()));
      // Surefire names the full test classpath here; java.class.path may be its manifest-only jar.
      classpath.add(System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")));
      List<String> options = List.of("--release", "11", "-Xlint:all", "-encoding", "UTF-8",
          "-classpath", String.join(File.pathSeparator, classpath), "-d", classes.toString());
      compiler.getTask(null, files, diagnostics, options, null, units).call();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(diagnostics.getDiagnostics());
  }
}
