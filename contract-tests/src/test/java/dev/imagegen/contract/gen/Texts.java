package dev.imagegen.contract.gen;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Random text: prompts with awkward characters, request ids that need URL encoding, keys, error messages. */
public final class Texts {

  /** Code points a prompt may hold: letters, JSON's special characters, accents, CJK, an emoji. */
  private static final List<Integer> PROMPT_CODE_POINTS = List.of(
      (int) 'a', (int) 'Z', (int) '7', (int) ' ', (int) '"', (int) '\\', (int) '\n', (int) '\t', (int) '/',
      (int) '<', (int) '&', (int) '%', 0xE9, 0x4E2D, 0x1F40D, 0x0);

  /** Characters of request ids: plain ones, and each that a URL path segment must encode or keep. */
  private static final List<Integer> ID_CODE_POINTS = List.of(
      (int) 'r', (int) 'Q', (int) '9', (int) '-', (int) '_', (int) ' ', (int) '/', (int) '?', (int) '#',
      (int) '%', (int) '+', (int) '&', (int) '=', (int) ':', (int) '@', (int) '~', (int) '.', 0xE9, 0x1F40D);

  private static final List<Integer> KEY_CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.~+/"
      .chars().boxed().toList();

  private static final List<Integer> WORD_CHARS = "abcdefghijklmnopqrstuvwxyz".chars().boxed().toList();

  /** Words that tell the client what an error means: credits for a 406, a missing or refused key for a 401. */
  private static final List<String> TELLING_WORDS = List.of("credits", "balance", "missing", "invalid", "expired");

  private Texts() {}

  /** Strings of {@code min} to {@code max} code points. */
  public static Gen<String> prompts(int min, int max) {
    return codePoints(PROMPT_CODE_POINTS, min, max);
  }

  /**
   * Request ids: ordinary ones, and ones with spaces, slashes, {@code ?}, {@code #}, {@code %},
   * {@code +} or non-ASCII that only survive the URL when encoded exactly once. Never {@code .} or
   * {@code ..} alone, which a URL would resolve away.
   */
  public static Gen<String> requestIds() {
    return codePoints(ID_CODE_POINTS, 1, 16).assuming(id -> !id.equals(".") && !id.equals(".."));
  }

  /** API keys: printable ASCII a header can carry, long enough to find in a message. */
  public static Gen<String> apiKeys() {
    return codePoints(KEY_CHARS, 12, 40).map(key -> "key-" + key);
  }

  /** Error messages as a server writes them: lower-case words separated by single spaces. */
  public static Gen<String> errorMessages() {
    return lists().of(codePoints(WORD_CHARS, 1, 10)).ofSizeBetween(1, 8)
        .map(words -> words.stream().collect(Collectors.joining(" ")));
  }

  /**
   * Error messages as {@link #errorMessages()}, some of whose words, in random case, tell the client
   * what the error means (README, "Errors"): {@code credits}, {@code balance}, {@code missing},
   * {@code invalid}, {@code expired}.
   */
  public static Gen<String> serverErrors() {
    Gen<String> word = Generate.frequency(Pair.of(4, codePoints(WORD_CHARS, 1, 10)),
        Pair.of(1, Generate.pick(TELLING_WORDS).flatMap(Texts::inRandomCase)));
    return lists().of(word).ofSizeBetween(1, 8).map(words -> String.join(" ", words));
  }

  /** {@code text} with each character in upper or lower case by chance. */
  public static Gen<String> inRandomCase(String text) {
    return lists().of(Generate.booleans()).ofSize(text.length()).map(upper -> {
      StringBuilder cased = new StringBuilder();
      for (int i = 0; i < text.length(); i++) {
        String character = String.valueOf(text.charAt(i));
        cased.append(upper.get(i) ? character.toUpperCase(Locale.ROOT) : character.toLowerCase(Locale.ROOT));
      }
      return cased.toString();
    });
  }

  /** Lower-case words of 1 to 12 letters. */
  public static Gen<String> words() {
    return codePoints(WORD_CHARS, 1, 12);
  }

  /** Strings of {@code min} to {@code max} code points of {@code pool}. */
  static Gen<String> codePoints(List<Integer> pool, int min, int max) {
    Gen<Integer> codePoint = Generate.pick(pool);
    return integers().between(min, max).flatMap(length -> lists().of(codePoint).ofSize(length))
        .map(points -> points.stream().collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString());
  }
}
