package dev.imagegen.generator.cli;

import dev.imagegen.generator.diff.SpecDiff;
import dev.imagegen.generator.export.ExportException;
import dev.imagegen.generator.load.SpecError;
import dev.imagegen.generator.load.SpecException;
import dev.imagegen.generator.load.SpecLoader;
import dev.imagegen.generator.spec.SpecSet;
import dev.imagegen.generator.write.IoProblems;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One run of what the arguments ask for: load and check the specs, render every output, write them
 * all or none, then print the summary lines and the {@code --diff} report. Reports its own failures on
 * stderr and answers with the exit status.
 */
final class Generation {

  private static final String CHECKED = "checked";

  private final PrintStream out;
  private final PrintStream err;

  Generation(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  /** Does what {@code arguments} ask for; returns {@link Main#OK}, {@link Main#SPEC_ERRORS} or {@link Main#FAILURE}. */
  int run(CliArguments arguments) {
    try {
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
      return Main.OK;
    } catch (ExportException | OutputException e) {
      err.println("error: " + e.getMessage());
      return Main.FAILURE;
    } catch (SpecException e) {
      return specErrors(e);
    } catch (OlderSpecsException e) {
      err.println("error: the older specs of --diff " + e.folder + " have errors:");
      return specErrors(e.getCause());
    } catch (UncheckedIOException e) {
      err.println("error: " + e.getMessage() + ": " + IoProblems.describe(e.getCause()));
      return Main.FAILURE;
    }
  }

  private int specErrors(SpecException e) {
    e.errors().stream().map(SpecError::toString).forEach(err::println);
    return Main.SPEC_ERRORS;
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
