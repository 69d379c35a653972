package dev.imagegen.generator.cli;

import dev.imagegen.generator.diff.SpecDiff;
import dev.imagegen.generator.export.ExportException;
import dev.imagegen.generator.load.SpecError;
import dev.imagegen.generator.load.SpecException;
import dev.imagegen.generator.load.SpecLoader;
import dev.imagegen.generator.spec.SpecSet;
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
 * On stdout, once everything asked for is done: one summary line per provider for {@code --out} and
 * {@code --check}, one line per export, then the {@code --diff} report (one line per change, then
 * the version bump it implies). Exit status: {@value #OK} when everything asked for was done,
 * whatever the diff found; {@value #SPEC_ERRORS} when the specs are wrong, one line per problem on
 * stderr (the older specs' problems under a heading line); {@value #FAILURE} for anything else (bad
 * arguments such as a missing folder, a spec set an export cannot describe, an output that cannot be
 * written), with a one-line message. On any error nothing is written.
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
      InputFolders.check(arguments);
      SpecSet specs = SpecLoader.load(arguments.specs());
      Optional<SpecDiff> diff = diff(arguments, specs);
      List<Output> outputs = Output.render(arguments, specs);
      if (!arguments.check()) {
        writeAll(outputs);
      }
      for (Output output : outputs) {
        output.lines(arguments.check() ? CHECKED : "-> " + output.target()).forEach(out::println);
      }
      diff.ifPresent(changes -> out.print(changes.report()));
      return OK;
    } catch (UsageException | ExportException | OutputException e) {
      err.println("error: " + e.getMessage());
      return FAILURE;
    } catch (SpecException e) {
      return specErrors(e, err);
    } catch (OlderSpecsException e) {
      err.println("error: the older specs of --diff " + e.folder + " have errors:");
      return specErrors(e.getCause(), err);
    } catch (UncheckedIOException e) {
      err.println("error: " + e.getMessage() + ": " + IoProblems.describe(e.getCause()));
      return FAILURE;
    }
  }

  private static int specErrors(SpecException e, PrintStream err) {
    e.errors().stream().map(SpecError::toString).forEach(err::println);
    return SPEC_ERRORS;
  }

  /** The changes from the {@code --diff} folder to {@code specs}, when asked for. */
  private static Optional<SpecDiff> diff(CliArguments arguments, SpecSet specs) throws OlderSpecsException {
    if (arguments.diff().isEmpty()) {
      return Optional.empty();
    }
    Path folder = arguments.diff().get();
    try {
      return Optional.of(SpecDiff.between(SpecLoader.load(folder), specs));
    } catch (SpecException e) {
      throw new OlderSpecsException(folder, e);
    }
  }

  /** Checks that every output can be written, then writes them: one that cannot be made leaves all unwritten. */
  private static void writeAll(List<Output> outputs) throws OutputException {
    for (Output output : outputs) {
      try {
        output.checkWritable();
      } catch (IOException e) {
        throw new OutputException(output, e);
      }
    }
    for (Output output : outputs) {
      try {
        output.write();
      } catch (IOException e) {
        throw new OutputException(output, e);
      }
    }
  }

  /** An output that could not be written; the message names it, where it goes, and why. */
  private static final class OutputException extends Exception {
    private static final long serialVersionUID = 1L;

    OutputException(Output output, IOException cause) {
      super("cannot write " + output.name() + " to " + output.target() + ": " + IoProblems.describe(cause), cause);
    }
  }

  /** The older specs of {@code --diff} do not load: reported like the specs' own errors, under a heading. */
  private static final class OlderSpecsException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient Path folder;

    OlderSpecsException(Path folder, SpecException cause) {
      super(cause);
      this.folder = folder;
    }

    @Override
    public SpecException getCause() {
      return (SpecException) super.getCause();
    }
  }
}
