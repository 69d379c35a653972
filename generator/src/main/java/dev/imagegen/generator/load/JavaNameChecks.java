package dev.imagegen.generator.load;

import dev.imagegen.generator.naming.JavaNames;
import dev.imagegen.generator.spec.SpecLocation;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Finds spec names that cannot become distinct Java names: a name without an ASCII letter or digit,
 * and two names that {@link JavaNames} turns into the same Java name. Feed names in document order.
 * The one clash check for every kind of Java name the generator makes from a spec.
 */
final class JavaNameChecks {

  /** A name checked before, or reserved: how a later clash names it, and where to blame it too. */
  private record Claim(String clause, String shown, Optional<SpecLocation> location) {}

  private final Function<String, String> toJava;
  private final String kind;
  private final boolean blameBoth;
  private final ErrorCollector errors;
  private final Map<String, Claim> claims = new HashMap<>();

  private JavaNameChecks(Function<String, String> toJava, String kind, boolean blameBoth, ErrorCollector errors) {
    this.toJava = toJava;
    this.kind = kind;
    this.blameBoth = blameBoth;
    this.errors = errors;
  }

  /**
   * Reports each clash at the later name, for names of one file.
   *
   * @param toJava the {@code JavaNames} rule for this kind of name
   * @param kind how messages call the Java name, such as {@code Java constant}
   */
  static JavaNameChecks atLaterName(Function<String, String> toJava, String kind, ErrorCollector errors) {
    return new JavaNameChecks(toJava, kind, false, errors);
  }

  /** Reports each clash at both names, for names in different files, where either may be the one just added. */
  static JavaNameChecks atBothNames(Function<String, String> toJava, String kind, ErrorCollector errors) {
    return new JavaNameChecks(toJava, kind, true, errors);
  }

  /**
   * Takes a Java name first, so that no spec name can claim it; {@code why} ends the message of a name
   * that clashes with it, such as {@code which the client runtime owns}.
   */
  void reserve(String javaName, String why) {
    claims.put(javaName, new Claim(why, javaName, Optional.empty()));
  }

  /**
   * Checks {@code specName}, shown in messages as {@code shown}, found at {@code location}; {@code firstAs}
   * says how a clash names this one, such as {@code "euler" at /parameters/sampler/values/0}.
   */
  void check(String specName, String shown, String firstAs, SpecLocation location) {
    if (!JavaNames.hasAsciiLetterOrDigit(specName)) {
      errors.add(location, shown + " has no ASCII letter or digit to build a Java name from");
      return;
    }
    String javaName = toJava.apply(specName);
    Claim first = claims.putIfAbsent(javaName, new Claim("like " + firstAs, shown, Optional.of(location)));
    if (first != null) {
      errors.add(location, becomes(shown, javaName, first.clause()));
      if (blameBoth) {
        first.location().ifPresent(at -> errors.add(at, becomes(first.shown(), javaName, "like " + firstAs)));
      }
    }
  }

  private String becomes(String shown, String javaName, String clash) {
    return shown + " becomes the " + kind + " " + javaName + ", " + clash;
  }
}
