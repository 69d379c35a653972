package dev.imagegen.generator.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Arguments that cannot run: one {@code error:} line in the generator's words, such as
 * {@code error: --specs needs a value: --specs DIR}, then the synopsis and where to read more; status
 * {@value Main#FAILURE}. Never a stack trace: they are the user's mistake.
 */
final class UsageErrors implements IParameterExceptionHandler {

  private final PrintStream err;

  UsageErrors(PrintStream err) {
    this.err = err;
  }

  @Override
  public int handleParseException(ParameterException e, String[] args) {
    CommandLine commandLine = e.getCommandLine();
    err.println("error: " + message(e, List.of(args)));
    err.print(commandLine.getHelp().fullSynopsis());
    err.println("Try '" + commandLine.getCommandName() + " --help' for every option and examples.");
    return Main.FAILURE;
  }

  /**
   * The first argument that looks like an option the command does not have: picocli reports a missing
   * required option first, but for {@code --bogus} alone the unknown option says more.
   */
  private static Optional<String> unknownOption(CommandLine commandLine, List<String> args) {
    return args.stream()
        .filter(arg -> arg.startsWith("-") && commandLine.getCommandSpec().findOption(arg.split("=", 2)[0]) == null)
        .findFirst()
        .map(arg -> "unknown option " + arg);
  }

  /** What is wrong, in the generator's words where picocli's exception says which argument is at fault. */
  private static String message(ParameterException e, List<String> args) {
    if (e instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
      String arg = unmatched.getUnmatched().get(0);
      return (arg.startsWith("-") ? "unknown option " : "unexpected argument ") + arg;
    }
    if (e instanceof MissingParameterException missing && missing.getMissing().get(0) instanceof OptionSpec option) {
      if (given(option, args)) {
        return needsValue(option);
      }
      return unknownOption(e.getCommandLine(), args).orElse(option.longestName() + " is required");
    }
    Optional<String> flagWithValue = args.stream()
        .filter(arg -> arg.contains("="))
        .map(arg -> e.getCommandLine().getCommandSpec().findOption(arg.split("=", 2)[0]))
        .filter(option -> option != null && option.arity().max() == 0)
        .findFirst()
        .map(flag -> flag.longestName() + " takes no value");
    if (flagWithValue.isPresent()) {
      return flagWithValue.get();
    }
    if (e instanceof OverwrittenOptionException overwritten && overwritten.getOverwritten() instanceof OptionSpec option) {
      return option.longestName() + " is given twice";
    }
    if (e.getCause() instanceof TypeConversionException reason && e.getArgSpec() instanceof OptionSpec option) {
      return reason instanceof GeneratorCommand.PathValue.MissingValue ? needsValue(option)
          : option.longestName() + " " + e.getValue() + " is not a valid path: " + reason.getMessage();
    }
    return e.getMessage();
  }

  /** Whether {@code option} is among {@code args}, as {@code --specs} or {@code --specs=...}: its value is what is missing. */
  private static boolean given(OptionSpec option, List<String> args) {
    return args.stream().anyMatch(arg -> Arrays.asList(option.names()).contains(arg.split("=", 2)[0]));
  }

  private static String needsValue(OptionSpec option) {
    String name = option.longestName();
    return name + " needs a value: " + name + " " + option.paramLabel();
  }
}
