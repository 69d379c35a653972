package dev.imagegen.generator.load;

import dev.imagegen.generator.naming.JavaNames;
import dev.imagegen.generator.spec.SpecLocation;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Finds spec names that cannot become distinct Java names: a name without an ASCII letter or digit,
 * and two names that {@link JavaNames} turns into the same Java name.
 * Feed names in document order; each clash is reported at the later name.
 */
final class JavaNameChecks {

  private final Function<String, String> toJava;
  private final String kind;
  private final ErrorCollector errors;
  private final Map<String, String> clashClauses = new HashMap<>();

  /**
   * @param toJava the {@code JavaNames} rule for this kind of name
   * @param kind how messages call the Java name, such as {@code Java constant}
   */
  JavaNameChecks(Function<String, String> toJava, String kind, ErrorCollector errors) {
    this.toJava = toJava;
    this.kind = kind;
    this.errors = errors;
  }

  /**
   * Takes a Java name first, so that no spec name can claim it; {@code why} ends the message of a name
   * that clashes with it, such as {@code which the client runtime owns}.
   */
  void reserve(String javaName, String why) {
    clashClauses.put(javaName, why);
  }

  /**
   * Checks {@code specName}, shown in messages as {@code shown}, found at {@code location}; {@code firstAs}
   * says how a later clash should name this one, such as {@code "euler" at /parameters/sampler/values/0}.
   */
  void check(String specName, String shown, String firstAs, SpecLocation location) {
    if (!JavaNames.hasAsciiLetterOrDigit(specName)) {
      errors.add(location, shown + " has no ASCII letter or digit to build a Java name from");
      return;
    }
    String javaName = toJava.apply(specName);
    String clash = clashClauses.putIfAbsent(javaName, "like " + firstAs);
    if (clash != null) {
      errors.add(location, shown + " becomes the " + kind + " " + javaName + ", " + clash);
    }
  }
}
