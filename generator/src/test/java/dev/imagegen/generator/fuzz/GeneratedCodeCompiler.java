package dev.imagegen.generator.fuzz;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles generated sources in-process with {@code javac --release 11 -Xlint:all}, as users on Java 11
 * would. The hand-written runtime ({@code imagegen.runtimeSources}) is compiled once, and every spec set
 * is compiled against its classes, which is several times faster than compiling it again per set. A
 * generated type with the name of a runtime type would be a duplicate class if both were compiled
 * together, so {@link #runtimeTypes()} lets the caller look for those.
 */
final class GeneratedCodeCompiler {

  private static final List<String> OPTIONS = List.of("--release", "11", "-Xlint:all", "-encoding", "UTF-8");

  private final JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
  private final Path runtimeClasses;
  private final Set<String> runtimeTypes;

  private GeneratedCodeCompiler(Path runtimeClasses, Set<String> runtimeTypes) {
    this.runtimeClasses = runtimeClasses;
    this.runtimeTypes = runtimeTypes;
  }

  /**
   * Compiles the runtime into {@code classes}.
   *
   * @throws IllegalStateException when the runtime itself does not compile
   */
  static GeneratedCodeCompiler withRuntimeIn(Path classes) throws IOException {
    Path sources = Path.of(System.getProperty("imagegen.runtimeSources", "../generated-client/src/main/java"));
    List<Path> files;
    try (Stream<Path> walk = Files.walk(sources)) {
      files = walk.filter(path -> path.toString().endsWith(".java")).collect(Collectors.toList());
    }
    GeneratedCodeCompiler compiler = new GeneratedCodeCompiler(classes, Set.copyOf(typeNames(sources, files)));
    List<Diagnostic<? extends JavaFileObject>> errors = compiler.run(files, List.of(), classes).stream()
        .filter(d -> d.getKind() == Diagnostic.Kind.ERROR).toList();
    if (!errors.isEmpty()) {
      throw new IllegalStateException("the runtime in " + sources + " does not compile: " + errors);
    }
    return compiler;
  }

  /** Fully qualified names of the runtime's top-level types, such as {@code dev.imagegen.client.Job}. */
  Set<String> runtimeTypes() {
    return runtimeTypes;
  }

  /**
   * Every diagnostic javac gives for {@code sources} (by path such as {@code dev/x/Foo.java}, to their
   * text), compiled into {@code classes} against the runtime.
   */
  List<Diagnostic<? extends JavaFileObject>> compile(Map<String, String> sources, Path classes) {
    List<JavaFileObject> units = sources.entrySet().stream()
        .map(source -> (JavaFileObject) new SourceText(source.getKey(), source.getValue())).toList();
    return run(List.of(), units, classes);
  }

  private List<Diagnostic<? extends JavaFileObject>> run(List<Path> files, List<JavaFileObject> units, Path classes) {
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager manager = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      List<JavaFileObject> all = new ArrayList<>(units);
      manager.getJavaFileObjectsFromPaths(files).forEach(all::add);
      List<String> options = new ArrayList<>(OPTIONS);
      options.addAll(List.of("-classpath", classpath(), "-d", classes.toString()));
      javac.getTask(null, manager, diagnostics, options, null, all).call();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(diagnostics.getDiagnostics());
  }

  /** The runtime's classes, then the test classpath (Retrofit, OkHttp, Jackson), as surefire names it. */
  private String classpath() {
    return runtimeClasses + File.pathSeparator
        + System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
  }

  private static List<String> typeNames(Path sources, List<Path> files) {
    return files.stream()
        .map(file -> sources.relativize(file).toString().replace(File.separatorChar, '.').replaceAll("\\.java$", ""))
        .toList();
  }

  /** A source file held in memory. */
  private static final class SourceText extends SimpleJavaFileObject {
    private final String text;

    SourceText(String path, String text) {
      super(URI.create("string:///" + path), Kind.SOURCE);
      this.text = text;
    }

    @Override
    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
      return text;
    }
  }
}
