package dev.imagegen.generator.fuzz;

import dev.imagegen.generator.testing.Javac;
import java.io.File;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;

/**
 * Compiles generated sources in-process with {@code javac --release 11 -Xlint:all}, as users on Java 11
 * would. The hand-written runtime ({@code imagegen.runtimeSources}) is compiled once, and every spec set
 * is compiled against its classes, which is several times faster than compiling it again per set. A
 * generated type with the name of a runtime type would be a duplicate class if both were compiled
 * together, so {@link #runtimeTypes()} lets the caller look for those.
 */
final class GeneratedCodeCompiler {

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
  static GeneratedCodeCompiler withRuntimeIn(Path classes) {
    Path sources = Javac.runtimeSources();
    List<Path> files = Javac.runtimeSourceFiles();
    GeneratedCodeCompiler compiler = new GeneratedCodeCompiler(classes, Set.copyOf(typeNames(sources, files)));
    List<Diagnostic<? extends JavaFileObject>> errors = Javac.compile(List.of(), files, List.of(), classes).stream()
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
    return Javac.compile(units, List.of(), List.of(runtimeClasses), classes);
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
