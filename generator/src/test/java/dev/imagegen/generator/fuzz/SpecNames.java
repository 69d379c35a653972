package dev.imagegen.generator.fuzz;

import dev.imagegen.generator.naming.JavaNames;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * Names for ids, parameters and enum values that are valid in a spec but hostile in Java: keywords, the
 * names of runtime and JDK types the generated code uses, members and locals of generated classes, and
 * runtime package names. {@link Unique} keeps the Java names of one scope distinct, as the loader demands,
 * so that most random sets are accepted.
 */
final class SpecNames {

  /** Java keywords and literals, which the schema allows as parameter names. */
  static final List<String> KEYWORDS = List.of(
      "class", "default", "int", "new", "return", "this", "enum", "var", "record", "yield", "null", "true", "false",
      "goto", "const", "assert", "package", "import", "static", "void", "interface", "switch", "long", "double");

  /** Types that generated code imports or refers to, from the runtime, Retrofit and the JDK. */
  static final List<String> TYPE_NAMES = List.of(
      "Job", "ModelRules", "ClientCore", "ValidationException", "Builder", "Object", "String", "Map", "Optional",
      "List", "Override", "Deprecated", "Integer", "Long", "Boolean", "BigDecimal", "Number", "ImageInput",
      "WireEnum", "WireValue", "Objects", "Collections", "Arrays", "Set", "LinkedHashMap", "Generated",
      "ParameterRule", "Violation", "Constraints", "GeneratedImage", "InferenceResult", "RequestOptions",
      "ModelRequest", "ProviderDescriptor", "JsonResponse", "ClientOptions", "Call", "Body", "POST", "Path",
      "Retrofit", "JsonProperty", "JsonCreator", "Duration", "System", "Math", "Character", "Class", "Void");

  /** Members and locals of generated types, and names only a capital or an underscore tells apart. */
  static final List<String> MEMBER_NAMES = List.of(
      "builder", "build", "toBuilder", "request", "requests", "values", "value", "errors", "body", "options", "rules",
      "RULES", "MODEL_ID", "modelId", "apiKey", "hashCode", "equals", "toString", "getClass", "wait", "notify",
      "clone", "finalize", "of", "from", "fromWire", "wire", "UNKNOWN", "unknown", "core", "catalog", "client",
      "params", "parameters", "result", "self", "that", "o", "_x", "__", "x_", "a1", "X", "i", "e", "it");

  /** Packages of the hand-written runtime, {@code dev.imagegen.client.<name>}. */
  static final List<String> RUNTIME_PACKAGES = List.of("validation", "internal", "error");

  private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz";

  private final Draw draw;

  SpecNames(Draw draw) {
    this.draw = draw;
  }

  /** A parameter's wire name, matching {@code ^[A-Za-z_][A-Za-z0-9_]*$}. */
  String parameterName() {
    return switch (draw.between(0, 4)) {
      case 0 -> draw.pick(KEYWORDS);
      case 1 -> draw.pick(TYPE_NAMES);
      case 2 -> draw.pick(MEMBER_NAMES);
      case 3 -> draw.pick(TYPE_NAMES).toLowerCase(Locale.ROOT) + "_" + draw.pick(MEMBER_NAMES);
      default -> word() + (draw.chance(0.3) ? "_" + word() : "");
    };
  }

  /** A model id: lower case letters, digits, {@code .}, {@code _} and {@code -}, starting with a letter or digit. */
  String modelId() {
    return switch (draw.between(0, 4)) {
      case 0 -> kebab(draw.pick(TYPE_NAMES));
      case 1 -> draw.pick(KEYWORDS);
      case 2 -> draw.between(0, 99) + "-" + word();
      case 3 -> word() + draw.pick(List.of(".", "_", "-", "..", "-_.")) + draw.between(0, 9);
      default -> word();
    };
  }

  /** A provider id, often a keyword or a type name, now and then a runtime package name (which the loader may refuse). */
  String providerId() {
    if (draw.chance(0.05)) {
      return draw.pick(RUNTIME_PACKAGES);
    }
    return switch (draw.between(0, 3)) {
      case 0 -> draw.pick(KEYWORDS);
      case 1 -> kebab(draw.pick(TYPE_NAMES));
      case 2 -> word() + draw.pick(List.of(".", "_", "-")) + word();
      default -> word();
    };
  }

  /** An upper-case name for an environment variable or an async status, matching {@code ^[A-Z][A-Z_]*$}. */
  String upperName() {
    return (draw.chance(0.3) ? draw.pick(KEYWORDS) : word()).toUpperCase(Locale.ROOT) + (draw.chance(0.5) ? "_" + word().toUpperCase(Locale.ROOT) : "");
  }

  /** A short lower-case ASCII word. */
  String word() {
    StringBuilder out = new StringBuilder();
    int length = draw.between(1, 8);
    for (int i = 0; i < length; i++) {
      out.append(LETTERS.charAt(draw.between(0, LETTERS.length() - 1)));
    }
    return out.toString();
  }

  private static String kebab(String typeName) {
    return typeName.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
  }

  /** Spec names of one scope whose Java names, by one {@link JavaNames} rule, are all distinct. */
  static final class Unique {
    private final Function<String, String> toJava;
    private final Set<String> taken = new HashSet<>();

    /** Java names by {@code toJava}; the names in {@code reserved} are taken from the start. */
    Unique(Function<String, String> toJava, Set<String> reserved) {
      this.toJava = toJava;
      taken.addAll(reserved);
    }

    /**
     * A name from {@code names} whose Java name is still free; after a few clashes, names from
     * {@code names} with the suffix {@code ending} makes of a number, until one is free.
     */
    String next(Supplier<String> names, IntFunction<String> ending) {
      for (int attempt = 0; ; attempt++) {
        String name = attempt < 5 ? names.get() : names.get() + ending.apply(taken.size() + attempt);
        if (JavaNames.hasAsciiLetterOrDigit(name) && taken.add(toJava.apply(name))) {
          return name;
        }
      }
    }
  }
}
