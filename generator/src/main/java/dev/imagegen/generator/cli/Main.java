package dev.imagegen.generator.cli;

import java.io.PrintStream;
import picocli.CommandLine;

/**
 * The generator's command line: load and check the specs, then generate the client sources, export
 * them as an OpenAPI document or WireMock stubs, and compare them with an older spec folder.
 *
 * <pre>
 * java -jar generator/target/generator.jar --specs specs --out generated-client/target/generated-sources/imagegen
 * java -jar generator/target/generator.jar --specs specs --check
 * java -jar generator/target/generator.jar --specs specs --openapi target/openapi.json --wiremock target/wiremock
 * java -jar generator/target/generator.jar --specs specs --diff old-specs
 * java -jar generator/target/generator.jar --help
 * </pre>
 *
 * On stdout, once everything asked for is done: one summary line per provider for {@code --out} and
 * {@code --check}, one line per export, then the {@code --diff} report (one line per change, then
 * the version bump it implies). {@code --help} and {@code --version} print to stdout. Exit status:
 * {@value #OK} when everything asked for was done, whatever the diff found; {@value #SPEC_ERRORS} when
 * the specs are wrong, one line per problem on stderr (the older specs' problems under a heading line);
 * {@value #FAILURE} for anything else (bad arguments, with a usage hint; a spec set an export cannot
 * describe; an output that cannot be written), with a one-line {@code error:} message. On any error
 * nothing is written.
 */
public final class Main {

  /** Everything asked for was done. */
  public static final int OK = 0;
  /** Bad arguments, an export that cannot describe the specs, or an output that cannot be written. */
  public static final int FAILURE = 1;
  /** The specs (or the older specs of {@code --diff}) have errors. */
  public static final int SPEC_ERRORS = 2;

  private Main() {}

  /** Runs the command line on {@code args} and exits with its status when that is not {@link #OK}. */
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
   * @return the exit status: {@link #OK}, {@link #FAILURE} or {@link #SPEC_ERRORS}
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    CommandLine commandLine = GeneratorCommand.commandLine(out, err);
    try {
      return commandLine.execute(args);
    } finally {
      commandLine.getOut().flush();
    }
  }
}
