package dev.imagegen.generator.cli;

import dev.imagegen.generator.GeneratorVersion;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * The generator's options, read by picocli, and the checks picocli cannot make: something to do, input
 * folders that exist, outputs apart from the other paths. Running it runs a {@link Generation}.
 *
 * <pre>{@code
 * int status = GeneratorCommand.commandLine(System.out, System.err).execute("--specs", "specs", "--check");
 * }</pre>
 */
@Command(
    name = "java -jar generator.jar",
    sortOptions = false,
    sortSynopsis = false,
    versionProvider = GeneratorCommand.Version.class,
    usageHelpWidth = 100,
    descriptionHeading = "%n",
    optionListHeading = "%nOptions:%n",
    description = {
        "Loads and checks the image-generation API specs in --specs, then generates the Java client sources,"
            + " exports an OpenAPI document or WireMock stubs, or compares the specs with an older folder.",
        "%nAt least one of --out, --openapi, --wiremock, --diff or --check is needed; they combine, but no output"
            + " may be, or lie inside, another path given. Every output is checked writable before any is"
            + " written: on any error nothing is written."},
    footerHeading = "%nExamples:%n",
    footer = {
        "  Check the specs after adding a model:",
        "    java -jar generator.jar --specs specs --check",
        "  Generate the client sources:",
        "    java -jar generator.jar --specs specs --out generated-client/target/generated-sources/imagegen",
        "  Export an OpenAPI document and WireMock stubs:",
        "    java -jar generator.jar --specs specs --openapi target/openapi.json --wiremock target/wiremock",
        "  Print how the specs changed since a release, and the version bump that implies:",
        "    java -jar generator.jar --specs specs --diff /tmp/released/specs"},
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
        "0:everything asked for was done (whatever the diff found)",
        "1:bad arguments, a spec set an export cannot describe, or an output that cannot be written;"
            + " one line on stderr",
        "2:the specs have errors, one line each on stderr; nothing is written"})
final class GeneratorCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Option(names = "--specs", paramLabel = "DIR", required = true, converter = PathValue.class,
      description = "The specs folder to load and check: one folder per provider.")
  private Path specs;

  @Option(names = "--out", paramLabel = "DIR", converter = PathValue.class,
      description = "Generates the client sources into DIR, replacing the folder as a whole; refuses a folder"
          + " the generator did not write.")
  private Path out;

  @Option(names = "--openapi", paramLabel = "FILE", converter = PathValue.class,
      description = "Writes one OpenAPI 3.0.3 document of every model to FILE, creating missing folders above it.")
  private Path openapi;

  @Option(names = "--wiremock", paramLabel = "DIR", converter = PathValue.class,
      description = "Writes WireMock stubs of both flows of every model into DIR (mappings/, __files/), replacing"
          + " the folder as a whole.")
  private Path wiremock;

  @Option(names = "--diff", paramLabel = "OLD_DIR", converter = PathValue.class,
      description = "Prints every change from the specs in OLD_DIR to those in --specs, one line each, then the"
          + " version bump they imply.")
  private Path diff;

  @Option(names = "--check", arity = "0",
      description = "Checks the specs, generates the sources and renders the exports asked for, but writes nothing.")
  private boolean check;

  @Option(names = "--help", arity = "0", usageHelp = true, description = "Prints this help and exits.")
  private boolean help;

  @Option(names = "--version", arity = "0", versionHelp = true, description = "Prints the generator's version and exits.")
  private boolean version;

  private final PrintStream stdout;
  private final PrintStream stderr;

  private GeneratorCommand(PrintStream stdout, PrintStream stderr) {
    this.stdout = stdout;
    this.stderr = stderr;
  }

  /**
   * The command line that prints to {@code out} and {@code err}: help and version to {@code out}, a bad
   * argument as one {@code error:} line and a usage hint to {@code err}.
   */
  static CommandLine commandLine(PrintStream out, PrintStream err) {
    CommandLine commandLine = new CommandLine(new GeneratorCommand(out, err));
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setParameterExceptionHandler(new UsageErrors(err));
    return commandLine;
  }

  @Override
  public Integer call() {
    return new Generation(stdout, stderr).run(arguments());
  }

  /** The arguments, checked; throws when they cannot run. */
  CliArguments arguments() throws ParameterException {
    if (!check && out == null && openapi == null && wiremock == null && diff == null) {
      throw usage("nothing to do: give --out, --openapi, --wiremock, --diff or --check");
    }
    Map<String, Path> paths = new LinkedHashMap<>();
    paths.put("--specs", specs);
    paths.put("--diff", diff);
    paths.put("--out", out);
    paths.put("--openapi", openapi);
    paths.put("--wiremock", wiremock);
    paths.values().removeIf(path -> path == null);
    Optional<String> problem = SeparatePaths.problem(paths)
        .or(() -> inputFolderProblem("--specs", specs))
        .or(() -> diff == null ? Optional.empty() : inputFolderProblem("--diff", diff));
    if (problem.isPresent()) {
      throw usage(problem.get());
    }
    return new CliArguments(specs, Optional.ofNullable(out), Optional.ofNullable(openapi), Optional.ofNullable(wiremock),
        Optional.ofNullable(diff), check);
  }

  /**
   * What is wrong with the folder {@code option} reads, such as {@code --specs specs: no such folder};
   * empty when nothing is. A missing one is a mistyped argument (status 1), not a mistake in the specs (status 2).
   */
  private static Optional<String> inputFolderProblem(String option, Path folder) {
    if (!Files.exists(folder)) {
      return Optional.of(option + " " + folder + ": no such folder");
    }
    if (!Files.isDirectory(folder)) {
      return Optional.of(option + " " + folder + " is a file, not a folder");
    }
    return Optional.empty();
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }

  /**
   * A path option's value: a path this file system can name. An empty value, or one that looks like an
   * option ({@code --out --check}), is taken for a forgotten value; {@link UsageErrors} words both refusals.
   */
  static final class PathValue implements ITypeConverter<Path> {

    @Override
    public Path convert(String value) {
      if (value.isEmpty() || value.startsWith("--")) {
        throw new MissingValue();
      }
      try {
        return Path.of(value);
      } catch (InvalidPathException e) {
        throw new TypeConversionException(e.getReason());
      }
    }

    /** The option was given without its value. */
    static final class MissingValue extends TypeConversionException {
      private static final long serialVersionUID = 1L;

      MissingValue() {
        super("no value");
      }
    }
  }

  /** {@code --version}: {@code imagegen generator 0.1.0}. */
  static final class Version implements IVersionProvider {

    @Override
    public String[] getVersion() {
      return new String[] {"imagegen generator " + GeneratorVersion.current()};
    }
  }
}
