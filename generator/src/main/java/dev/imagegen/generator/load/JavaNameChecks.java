package dev.imagegen.generator.load;

import dev.imagegen.generator.naming.JavaNames;
import dev.imagegen.generator.spec.SpecLocation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Finds spec names that cannot become distinct Java names: a name without an ASCII letter or digit,
 * and names that {@link JavaNames} turns into the same Java name. The one clash check for every kind of
 * Java name the generator makes from a spec: {@link #add} each name in document order, then
 * {@link #report} the clashes, each name of a clash naming all the others it clashes with, so that one
 * round shows the whole clash however many names it has.
 */
final class JavaNameChecks {

  /** A spec name: how messages show it, how another name's message calls it, and where it is. */
  private record SpecName(String shown, String as, SpecLocation location) {}

  private final Function<String, String> toJava;
  private final String kind;
  private final boolean blameEvery;
  private final ErrorCollector errors;
  private final Map<String, String> reserved = new HashMap<>();
  private final Map<String, List<SpecName>> byJavaName = new LinkedHashMap<>();

  private JavaNameChecks(Function<String, String> toJava, String kind, boolean blameEvery, ErrorCollector errors) {
    this.toJava = toJava;
    this.kind = kind;
    this.blameEvery = blameEvery;
    this.errors = errors;
  }

  /**
   * Reports each clash at the later names, for names of one file.
   *
   * @param toJava the {@code JavaNames} rule for this kind of name
   * @param kind how messages call the Java name, such as {@code Java constant}
   */
  static JavaNameChecks atLaterNames(Function<String, String> toJava, String kind, ErrorCollector errors) {
    return new JavaNameChecks(toJava, kind, false, errors);
  }

  /** Reports each clash at every name, for names in different files, where any may be the one just added. */
  static JavaNameChecks atEveryName(Function<String, String> toJava, String kind, ErrorCollector errors) {
    return new JavaNameChecks(toJava, kind, true, errors);
  }

  /**
   * Takes a Java name first, so that no spec name can claim it; {@code why} ends the message of a name
   * that becomes it, such as {@code which the client runtime owns}.
   */
  void reserve(String javaName, String why) {
    reserved.put(javaName, why);
  }

  /**
   * Adds {@code specName}, shown in messages as {@code shown}, found at {@code location}; {@code as} says
   * how another name's message calls this one, such as {@code "euler" at /parameters/sampler/values/0}.
   * A name without an ASCII letter or digit is reported at once.
   */
  void add(String specName, String shown, String as, SpecLocation location) {
    if (!JavaNames.hasAsciiLetterOrDigit(specName)) {
      errors.add(location, shown + " has no ASCII letter or digit to build a Java name from");
      return;
    }
    byJavaName.computeIfAbsent(toJava.apply(specName), javaName -> new ArrayList<>()).add(new SpecName(shown, as, location));
  }

  /** Reports every clash among the names added, and with the reserved names. */
  void report() {
    byJavaName.forEach((javaName, names) -> {
      String why = reserved.get(javaName);
      for (int i = 0; i < names.size(); i++) {
        SpecName name = names.get(i);
        List<SpecName> others = new ArrayList<>(names.subList(0, i));
        if (blameEvery) {
          others.addAll(names.subList(i + 1, names.size()));
        }
        String clash = why != null ? why
            : others.isEmpty() ? null : "like " + SpecValues.listed(others.stream().map(SpecName::as).toList());
        if (clash != null) {
          errors.add(name.location(), name.shown() + " becomes the " + kind + " " + javaName + ", " + clash);
        }
      }
    });
  }
}
