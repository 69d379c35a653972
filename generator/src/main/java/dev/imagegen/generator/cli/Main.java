package dev.imagegen.generator.cli;

import com.palantir.javapoet.JavaFile;
import dev.imagegen.generator.diff.SpecDiff;
import dev.imagegen.generator.emit.ClientEmitter;
import dev.imagegen.generator.export.ExportException;
import dev.imagegen.generator.load.SpecError;
import dev.imagegen.generator.load.SpecException;
import dev.imagegen.generator.load.SpecLoader;
import dev.imagegen.generator.spec.ProviderSpec;
import dev.imagegen.generator.spec.SpecSet;
import dev.imagegen.generator.write.AtomicDirectoryWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The generator's command line: load and check the specs, then generate the client sources, export
 * them as an OpenAPI document or WireMock stubs, and compare them with an older spec folder.
 *
 * <pre>
 * java -jar generator/target/generator.jar --specs specs --out generated-client/target/generated-sources/imagegen
 * java -jar generator/target/generator.jar --specs specs --check
 * java -jar generator/target/generator.jar --specs specs --openapi target/openapi.json --wiremock target/wiremock
 * java -jar generator/target/generator.jar --specs specs --diff old-specs
 * </pre>
 *
 * On stdout: one summary line per provider for {@code --out} and {@code --check}, one line per
 * export, then the {@code --diff} report (one line per change, then the version bump it implies).
 * Exit status: {@value #OK} when everything asked for was done, whatever the diff found;
 * {@value #SPEC_ERRORS} when the specs (or the older specs) are wrong, one line per problem on
 * stderr and nothing written; {@value #FAILURE} for anything else (bad arguments, a spec set an
 * export cannot describe, I/O), with a one-line message.
 */
public final class Main {

  public static final int OK = 0;
  public static final int FAILURE = 1;
  public static final int SPEC_ERRORS = 2;

  private static final String CHECKED = "checked";

  private Main() {}

  public static void main(String[] args) {
    // The schema library logs through slf4j, whose only news without a binding is a warning that it has none.
    if (System.getProperty("slf4j.internal.verbosity") == null) {
      System.setProperty("slf4j.internal.verbosity", "ERROR");
    }
    int status = run(args, System.out, System.err);
    // Exiting only on failure: under exec-maven-plugin's java goal, System.exit would end Maven's own JVM.
    if (status != OK) {
      System.exit(status);
    }
  }

  /**
   * Runs the command line without exiting, for tests and in-process callers such as
   * exec-maven-plugin's {@code java} goal.
   *
   * @return the exit status
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    CliArguments arguments;
    try {
      arguments = CliArguments.parse(args);
    } catch (UsageException e) {
      err.println("error: " + e.getMessage());
      err.println(CliArguments.USAGE);
      return FAILURE;
    }
    if (arguments.help()) {
      out.println(CliArguments.USAGE);
      return OK;
    }
    try {
      SpecSet specs = SpecLoader.load(arguments.specs());
      Optional<SpecDiff> diff = diff(arguments, specs);
      List<Export> exports = Export.render(arguments, specs);
      if (arguments.check() || arguments.out().isPresent()) {
        String outcome = arguments.check() ? CHECKED : "-> " + write(specs, arguments.out().orElseThrow());
        for (ProviderSpec provider : specs.providers()) {
          out.println(ProviderSummary.line(provider, outcome));
        }
      }
      for (Export export : exports) {
        out.println(export.line(arguments.check() ? CHECKED : "-> " + write(export)));
      }
      diff.ifPresent(changes -> out.print(changes.report()));
      return OK;
    } catch (SpecException e) {
      e.errors().stream().map(SpecError::toString).forEach(err::println);
      return SPEC_ERRORS;
    } catch (ExportException e) {
      err.println("error: " + e.getMessage());
      return FAILURE;
    } catch (UncheckedIOException e) {
      err.println("error: " + e.getMessage() + ": " + IoProblems.describe(e.getCause()));
      return FAILURE;
    } catch (OutputException e) {
      err.println("error: cannot write " + e.getMessage() + ": " + IoProblems.describe(e.getCause()));
      return FAILURE;
    }
  }

  /** The changes from the {@code --diff} folder to {@code specs}, when asked for. */
  private static Optional<SpecDiff> diff(CliArguments arguments, SpecSet specs) throws SpecException {
    if (arguments.diff().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(SpecDiff.between(SpecLoader.load(arguments.diff().get()), specs));
  }

  /** Writes the generated sources to {@code out}, replacing what an earlier run wrote there. */
  private static Path write(SpecSet specs, Path out) throws OutputException {
    List<JavaFile> files = ClientEmitter.emit(specs);
    try {
      AtomicDirectoryWriter.replace(out, dir -> {
        for (JavaFile file : files) {
          file.writeTo(dir);
        }
      });
    } catch (IOException e) {
      throw new OutputException("the generated sources", e);
    }
    return out;
  }

  private static Path write(Export export) throws OutputException {
    try {
      return export.write();
    } catch (IOException e) {
      throw new OutputException(export.name(), e);
    }
  }

  /** A write that failed; the message names what was being written. */
  private static final class OutputException extends Exception {
    private static final long serialVersionUID = 1L;

    OutputException(String what, IOException cause) {
      super(what, cause);
    }

    @Override
    public IOException getCause() {
      return (IOException) super.getCause();
    }
  }
}
