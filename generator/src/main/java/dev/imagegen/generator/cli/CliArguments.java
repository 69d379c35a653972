package dev.imagegen.generator.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The generator's command line: {@code --specs DIR} and at least one thing to do with the specs:
 * generate the client sources ({@code --out DIR}), export an OpenAPI document ({@code --openapi FILE})
 * or WireMock stubs ({@code --wiremock DIR}), compare them with an older spec folder
 * ({@code --diff OLD_DIR}), or only check them ({@code --check}, which writes nothing). Options take
 * their value as the next argument or after {@code =}; a new option is one entry in {@link #OPTIONS}
 * or {@link #SWITCHES}. No output may be, or lie inside, another path of the command line.
 *
 * <pre>{@code
 * CliArguments arguments = CliArguments.parse("--specs", "specs", "--wiremock", "target/wiremock");
 * }</pre>
 *
 * @param specs the specs folder to load
 * @param out the folder the generated sources replace
 * @param openapi the file the OpenAPI document replaces
 * @param wiremock the folder the WireMock stubs replace
 * @param diff the older specs folder to compare {@code specs} with
 * @param check check the specs and render the exports asked for, but write nothing
 * @param help print the usage and stop
 */
public record CliArguments(
    Path specs,
    Optional<Path> out,
    Optional<Path> openapi,
    Optional<Path> wiremock,
    Optional<Path> diff,
    boolean check,
    boolean help) {

  public static final String USAGE = "usage: java -jar generator.jar --specs DIR"
      + " [--out DIR] [--openapi FILE] [--wiremock DIR] [--diff OLD_DIR] [--check]";

  /** Options that take a value, with the name of the value shown in messages. */
  private static final Map<String, String> OPTIONS = Map.of(
      "--specs", "DIR", "--out", "DIR", "--openapi", "FILE", "--wiremock", "DIR", "--diff", "OLD_DIR");

  /** The options that name a path, in the order messages name them. */
  private static final List<String> PATH_ORDER = List.of("--specs", "--diff", "--out", "--openapi", "--wiremock");

  /** The paths that are only read. */
  private static final Set<String> INPUTS = Set.of("--specs", "--diff");

  /** Options without a value. */
  private static final Set<String> SWITCHES = Set.of("--check", "--help");

  /** The arguments in {@code args}. */
  public static CliArguments parse(String... args) throws UsageException {
    Map<String, String> values = new HashMap<>();
    Set<String> switches = new HashSet<>();
    List<String> rest = List.of(args);
    for (int i = 0; i < rest.size(); i++) {
      String arg = rest.get(i);
      int equals = arg.indexOf('=');
      String name = equals < 0 ? arg : arg.substring(0, equals);
      if (SWITCHES.contains(arg)) {
        if (!switches.add(arg)) {
          throw new UsageException(arg + " is given twice");
        }
      } else if (OPTIONS.containsKey(name)) {
        String value = equals >= 0 ? arg.substring(equals + 1) : i + 1 < rest.size() ? rest.get(++i) : "";
        if (value.isEmpty() || (equals < 0 && value.startsWith("--"))) {
          throw new UsageException(name + " needs a value: " + name + " " + OPTIONS.get(name));
        }
        if (values.put(name, value) != null) {
          throw new UsageException(name + " is given twice");
        }
      } else {
        throw new UsageException(arg.startsWith("-") ? "unknown option " + arg : "unexpected argument " + arg);
      }
    }
    return of(values, switches);
  }

  private static CliArguments of(Map<String, String> values, Set<String> switches) throws UsageException {
    boolean help = switches.contains("--help");
    boolean check = switches.contains("--check");
    if (help) {
      return new CliArguments(Path.of(""), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), check, true);
    }
    if (!values.containsKey("--specs")) {
      throw new UsageException("--specs is required");
    }
    if (!check && values.keySet().equals(Set.of("--specs"))) {
      throw new UsageException("nothing to do: give --out, --openapi, --wiremock, --diff or --check");
    }
    Map<String, Path> paths = new LinkedHashMap<>();
    for (String option : PATH_ORDER) {
      if (values.containsKey(option)) {
        paths.put(option, path(option, values.get(option)));
      }
    }
    requireApart(paths);
    return new CliArguments(paths.get("--specs"), Optional.ofNullable(paths.get("--out")),
        Optional.ofNullable(paths.get("--openapi")), Optional.ofNullable(paths.get("--wiremock")),
        Optional.ofNullable(paths.get("--diff")), check, false);
  }

  private static Path path(String option, String value) throws UsageException {
    try {
      return Path.of(value);
    } catch (InvalidPathException e) {
      throw new UsageException(option + " " + value + " is not a valid path: " + e.getReason());
    }
  }

  /**
   * Each output apart from every other path: an output that is another, or lies inside another, would
   * be overwritten by it, wipe it out when replaced as a whole, or end up among the specs.
   */
  private static void requireApart(Map<String, Path> paths) throws UsageException {
    List<String> options = List.copyOf(paths.keySet());
    for (int i = 0; i < options.size(); i++) {
      for (int j = i + 1; j < options.size(); j++) {
        String first = options.get(i);
        String second = options.get(j);
        if (INPUTS.contains(first) && INPUTS.contains(second)) {
          continue;
        }
        Path a = paths.get(first).toAbsolutePath().normalize();
        Path b = paths.get(second).toAbsolutePath().normalize();
        if (a.equals(b)) {
          throw new UsageException(first + " " + paths.get(first) + " and " + second + " " + paths.get(second) + " are the same path");
        }
        if (b.startsWith(a) || a.startsWith(b)) {
          String inner = b.startsWith(a) ? second : first;
          String outer = inner.equals(first) ? second : first;
          throw new UsageException(inner + " " + paths.get(inner) + " is inside " + outer + " " + paths.get(outer)
              + "; an output must lie apart from the other paths");
        }
      }
    }
  }
}
