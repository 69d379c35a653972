package dev.imagegen.generator.fuzz;

import com.palantir.javapoet.JavaFile;
import dev.imagegen.generator.emit.ClientEmitter;
import dev.imagegen.generator.emit.GeneratedTypes;
import dev.imagegen.generator.export.ExportException;
import dev.imagegen.generator.export.openapi.OpenApiExporter;
import dev.imagegen.generator.export.wiremock.WireMockExporter;
import dev.imagegen.generator.load.SpecError;
import dev.imagegen.generator.load.SpecException;
import dev.imagegen.generator.load.SpecLoader;
import dev.imagegen.generator.naming.JavaNames;
import dev.imagegen.generator.spec.ModelSpec;
import dev.imagegen.generator.spec.ProviderSpec;
import dev.imagegen.generator.spec.SpecSet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * Runs one random spec set through the generator as the CLI would: load, emit, compile everything emitted
 * with {@code javac --release 11}, then both exports. A set may be refused by the loader, but only with
 * short one-line {@code file#pointer: reason} errors; once it is accepted, nothing may crash and the
 * generated code must compile without an error or a lint warning.
 */
final class SpecSetRun {

  /** What became of one set: refused (with the shapes of the loader's reasons) or not, and how it broke the generator. */
  record Outcome(List<String> refusalShapes, List<FuzzFailure> failures) {
    boolean refused() {
      return !refusalShapes.isEmpty();
    }
  }

  // Characters that end a line for some reader: Java, Unicode (U+0085 NEL, U+2028, U+2029) or a terminal.
  private static final Pattern LINE_BREAK = Pattern.compile("[\\n\\r\\u000b\\u000c\\u0085\\u2028\\u2029]");
  private static final int MAX_ERROR_LINE = 300;
  private static final String EXPORT_VERSION = "0.0.0-fuzz";

  private final RandomSpecSet set;
  private final Path specsDir;
  private final long setBytes;
  private final List<FuzzFailure> failures = new ArrayList<>();

  private SpecSetRun(RandomSpecSet set, Path specsDir, long setBytes) {
    this.set = set;
    this.specsDir = specsDir;
    this.setBytes = setBytes;
  }

  /** Writes {@code set} to {@code workDir/specs} and runs it; class files go to {@code workDir/classes}. */
  static Outcome run(RandomSpecSet set, Path workDir, GeneratedCodeCompiler compiler) throws IOException {
    Path specsDir = workDir.resolve("specs");
    SpecSetRun run = new SpecSetRun(set, specsDir, set.writeTo(specsDir));
    return run.loadAndGenerate(workDir.resolve("classes"), compiler);
  }

  private Outcome loadAndGenerate(Path classes, GeneratedCodeCompiler compiler) throws IOException {
    SpecSet specs;
    try {
      specs = SpecLoader.load(specsDir);
    } catch (SpecException e) {
      e.errors().forEach(this::checkErrorLine);
      return new Outcome(e.errors().stream().map(error -> Problems.shape(error.reason())).distinct().toList(), failures);
    } catch (RuntimeException | StackOverflowError e) {
      fail("loader crashed: " + Problems.where(e), Problems.trace(e) + "\n" + allSpecFiles());
      return new Outcome(List.of(), failures);
    }
    generate(specs, classes, compiler);
    export("OpenAPI", () -> OpenApiExporter.render(specs, EXPORT_VERSION));
    export("WireMock", () -> WireMockExporter.files(specs));
    return new Outcome(List.of(), failures);
  }

  private void checkErrorLine(SpecError error) {
    String line = error.toString();
    boolean oneLine = !LINE_BREAK.matcher(line).find();
    if (!oneLine || line.length() > MAX_ERROR_LINE || error.reason().isBlank()) {
      String problem = !oneLine ? "breaks the line" : line.length() > MAX_ERROR_LINE ? "is over " + MAX_ERROR_LINE + " chars" : "has no reason";
      fail("loader error line " + problem + ": " + Problems.shape(error.reason()),
          "the line (" + line.length() + " chars): " + Problems.cut(line));
    }
  }

  private void generate(SpecSet specs, Path classes, GeneratedCodeCompiler compiler) throws IOException {
    Map<String, String> sources = new LinkedHashMap<>();
    try {
      for (JavaFile file : ClientEmitter.emit(specs)) {
        String type = file.packageName() + "." + file.typeSpec().name();
        if (compiler.runtimeTypes().contains(type)) {
          fail("a generated type has the name of a runtime type", type + " is generated for " + culprit(specs, type));
        }
        sources.put(type.replace('.', '/') + ".java", file.toString());
      }
    } catch (RuntimeException | StackOverflowError e) {
      fail("emitter crashed: " + Problems.where(e), Problems.trace(e) + "\n" + allSpecFiles());
      return;
    }
    Files.createDirectories(classes);
    List<Diagnostic<? extends JavaFileObject>> diagnostics;
    try {
      diagnostics = compiler.compile(sources, classes);
    } catch (RuntimeException e) {
      fail("javac crashed: " + Problems.where(e), Problems.trace(e) + "\n" + allSpecFiles());
      return;
    }
    Map<String, Diagnostic<? extends JavaFileObject>> firstOfEachCode = new LinkedHashMap<>();
    diagnostics.stream()
        .filter(d -> d.getKind() == Diagnostic.Kind.ERROR || d.getKind() == Diagnostic.Kind.WARNING
            || d.getKind() == Diagnostic.Kind.MANDATORY_WARNING)
        .forEach(d -> firstOfEachCode.putIfAbsent(d.getKind() + " " + d.getCode(), d));
    firstOfEachCode.forEach((kind, d) -> fail("javac " + kind.toLowerCase(Locale.ROOT),
        describe(d, sources, specs)));
  }

  private String describe(Diagnostic<? extends JavaFileObject> d, Map<String, String> sources, SpecSet specs) {
    if (d.getSource() == null) {
      return Problems.firstLines(d.getMessage(Locale.ROOT), 5);
    }
    String path = d.getSource().toUri().getPath().substring(1);
    String type = path.replaceAll("\\.java$", "").replace('/', '.');
    String sourceLine = sources.getOrDefault(path, "").lines().skip(Math.max(0, d.getLineNumber() - 1)).findFirst().orElse("");
    return path + ":" + d.getLineNumber() + ": " + Problems.firstLines(d.getMessage(Locale.ROOT), 5)
        + "\ngenerated line: " + Problems.cut(sourceLine.strip())
        + "\nspec file: " + culprit(specs, type);
  }

  /** Runs an export: it may refuse with a short one-line {@link ExportException}, but not crash. */
  private void export(String name, Export export) {
    try {
      export.run();
    } catch (ExportException e) {
      String message = String.valueOf(e.getMessage());
      if (LINE_BREAK.matcher(message).find() || message.length() > MAX_ERROR_LINE) {
        fail(name + " export refused with a message that is not one short line", Problems.cut(message));
      }
    } catch (RuntimeException | StackOverflowError e) {
      fail(name + " export crashed: " + Problems.where(e), Problems.trace(e) + "\n" + allSpecFiles());
    }
  }

  /** An export, for {@link #export}. */
  private interface Export {
    void run() throws ExportException;
  }

  /**
   * The spec file a generated type comes from: the model whose type name is the longest prefix of the
   * type's simple name in the provider's package, else the provider file; with its first characters.
   */
  private String culprit(SpecSet specs, String type) {
    String packageName = type.substring(0, type.lastIndexOf('.'));
    String simpleName = type.substring(type.lastIndexOf('.') + 1);
    for (ProviderSpec provider : specs.providers()) {
      if (packageName.equals(GeneratedTypes.packageName(provider.id()))) {
        String file = provider.models().stream()
            .filter(model -> simpleName.startsWith(JavaNames.typeName(model.id())))
            .max(Comparator.comparingInt(model -> JavaNames.typeName(model.id()).length()))
            .map(ModelSpec::location).orElse(provider.location()).file();
        return file + "\n" + opening(file);
      }
    }
    return "(no spec file) " + allSpecFiles();
  }

  /** The first characters of a spec file shown as {@code specs/p/m.json}. */
  private String opening(String shownFile) {
    Path path = specsDir.resolveSibling(shownFile);
    try {
      String text = Files.readString(path, StandardCharsets.UTF_8);
      return Problems.firstLines(text, 40) + (text.lines().count() > 40 ? "\n…" : "");
    } catch (IOException e) {
      return "(cannot read " + path + ": " + e.getMessage() + ")";
    }
  }

  private String allSpecFiles() {
    return "spec files: " + String.join(", ", set.files().keySet());
  }

  private void fail(String kind, String detail) {
    failures.add(new FuzzFailure(kind, set.seed(), setBytes, detail));
  }
}
