package dev.imagegen.generator.naming;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.lang.model.SourceVersion;

/**
 * The one place where spec names become Java names.
 *
 * <p>A spec name is split into words at every character that is not an ASCII letter or digit, and
 * at each lower-to-upper case change; the words are then joined in the style of the target:
 *
 * <ul>
 *   <li>{@link #typeName}: {@code sd1.5-img2img} → {@code Sd15Img2img}
 *   <li>{@link #memberName}: {@code sampler_name} → {@code samplerName}; {@code default} → {@code default_}
 *   <li>{@link #constantName}: {@code Euler a} → {@code EULER_A}; {@code 512} → {@code _512};
 *       {@code -1} → {@code MINUS_1}
 *   <li>{@link #packageSegment}: {@code stability-ai} → {@code stabilityai}
 * </ul>
 *
 * A name that would start with a digit is prefixed with {@code _}; a Java keyword gets a trailing
 * {@code _}. Two spec names that map to the same Java name are a spec error, reported by the loader.
 * A constant keeps the sign of a negative number, so that an enum of {@code -1} and {@code 1} works.
 */
public final class JavaNames {

  private static final String MINUS = "MINUS_";

  private JavaNames() {}

  /** An UpperCamelCase type name, such as {@code FluxSchnell} for {@code flux-schnell}. */
  public static String typeName(String specName) {
    StringBuilder out = new StringBuilder();
    for (String word : words(specName)) {
      out.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1).toLowerCase(Locale.ROOT));
    }
    return legal(out.toString());
  }

  /** A lowerCamelCase field or method name, such as {@code samplerName} for {@code sampler_name}. */
  public static String memberName(String specName) {
    String type = typeName(specName);
    if (type.startsWith("_")) {
      return type;
    }
    return legal(Character.toLowerCase(type.charAt(0)) + type.substring(1));
  }

  /**
   * An UPPER_SNAKE_CASE constant name, such as {@code DPM2_A_KARRAS} for {@code DPM2 a Karras}. A
   * leading {@code -} before a digit becomes {@code MINUS_} ({@code -1} → {@code MINUS_1}), because
   * dropping it like other punctuation would give {@code -1} the constant of {@code 1}.
   */
  public static String constantName(String specValue) {
    String joined = String.join("_", words(specValue)).toUpperCase(Locale.ROOT);
    boolean negativeNumber = specValue.length() > 1 && specValue.charAt(0) == '-' && isAsciiDigit(specValue.charAt(1));
    return negativeNumber ? MINUS + joined : legal(joined);
  }

  /** A package name segment: lower case, with every character that is not an ASCII letter or digit removed. */
  public static String packageSegment(String specName) {
    return legal(String.join("", words(specName)).toLowerCase(Locale.ROOT));
  }

  /**
   * True when {@code specName} has an ASCII letter or digit to build a Java name from; every other
   * name becomes {@code __}, so the loader refuses it.
   */
  public static boolean hasAsciiLetterOrDigit(String specName) {
    return specName.chars().anyMatch(JavaNames::isAsciiLetterOrDigit);
  }

  private static String legal(String name) {
    if (name.isEmpty()) {
      // A name with no letter or digit at all; "_" alone is a keyword, so it becomes "__".
      return "__";
    }
    if (Character.isDigit(name.charAt(0))) {
      return "_" + name;
    }
    if (SourceVersion.isKeyword(name)) {
      return name + "_";
    }
    return name;
  }

  private static List<String> words(String specName) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    char previous = 0;
    for (char c : specName.toCharArray()) {
      if (!isAsciiLetterOrDigit(c)) {
        flush(word, words);
      } else {
        // A lower-to-upper change starts a word, so camelCase input keeps its words.
        if (Character.isUpperCase(c) && Character.isLowerCase(previous)) {
          flush(word, words);
        }
        word.append(c);
      }
      previous = c;
    }
    flush(word, words);
    return words;
  }

  private static boolean isAsciiLetterOrDigit(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || isAsciiDigit(c);
  }

  private static boolean isAsciiDigit(int c) {
    return c >= '0' && c <= '9';
  }

  private static void flush(StringBuilder word, List<String> words) {
    if (word.length() > 0) {
      words.add(word.toString());
      word.setLength(0);
    }
  }
}
