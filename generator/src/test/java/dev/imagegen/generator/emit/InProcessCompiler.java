package dev.imagegen.generator.emit;

import com.palantir.javapoet.JavaFile;
import dev.imagegen.generator.testing.Javac;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * Compiles generated files together with the hand-written runtime, with {@link Javac}: {@code --release 11
 * -Xlint:all} against the test classpath (Retrofit, OkHttp, Jackson), as users on Java 11 would.
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
          .filter(d -> d.getSource() != null && !d.getSource().toUri().getPath().startsWith(Javac.runtimeSources().toUri().getPath()))
          .collect(Collectors.toList());
    }

    /** All diagnostics, one per line, for a failure message. */
    String describe() {
      return diagnostics.stream().map(d -> d.getKind() + " " + d).collect(Collectors.joining("\n"));
    }
  }

  private InProcessCompiler() {}

  static Result compile(List<JavaFile> generated, Path classes) {
    List<JavaFileObject> units = generated.stream().map(JavaFile::toJavaFileObject).collect(Collectors.toList());
    return new Result(Javac.compile(units, Javac.runtimeSourceFiles(), List.of(), classes), classes);
  }
}
