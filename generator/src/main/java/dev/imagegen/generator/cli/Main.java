package dev.imagegen.generator.cli;

import com.palantir.javapoet.JavaFile;
import dev.imagegen.generator.emit.ClientEmitter;
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

/**
 * The generator's command line: load and check the specs, then generate the client sources.
 *
 * <pre>
 * java -jar generator/target/generator.jar --specs specs --out generated-client/target/generated-sources/imagegen
 * java -jar generator/target/generator.jar --specs specs --check
 * </pre>
 *
 * Exit status: {@value #OK} with one summary line per provider on stdout; {@value #SPEC_ERRORS}
 * when the specs are wrong, one line per problem on stderr and nothing written; {@value #FAILURE}
 * for anything else (bad arguments, I/O), with a one-line message.
 */
public final class Main {

  public static final int OK = 0;
  public static final int FAILURE = 1;
  public static final int SPEC_ERRORS = 2;

  private Main() {}

  public static void main(String[] args) {
    // The schema library logs through slf4j, whose only news without a binding is a warning that it has none.
    if (System.getProperty("slf4j.internal.verbosity") == null) {
      System.setProperty("slf4j.internal.verbosity", "ERROR");
    }
    System.exit(run(args, System.out, System.err));
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
      String outcome = arguments.check() ? "checked" : "-> " + write(specs, arguments.out().orElseThrow());
      for (ProviderSpec provider : specs.providers()) {
        out.println(ProviderSummary.line(provider, outcome));
      }
      return OK;
    } catch (SpecException e) {
      e.errors().stream().map(SpecError::toString).forEach(err::println);
      return SPEC_ERRORS;
    } catch (UncheckedIOException e) {
      err.println("error: " + e.getMessage() + ": " + IoProblems.describe(e.getCause()));
      return FAILURE;
    } catch (IOException e) {
      err.println("error: cannot write the generated sources: " + IoProblems.describe(e));
      return FAILURE;
    }
  }

  /** Writes the generated sources to {@code out}, replacing what an earlier run wrote there. */
  private static Path write(SpecSet specs, Path out) throws IOException {
    List<JavaFile> files = ClientEmitter.emit(specs);
    AtomicDirectoryWriter.replace(out, dir -> {
      for (JavaFile file : files) {
        file.writeTo(dir);
      }
    });
    return out;
  }
}
