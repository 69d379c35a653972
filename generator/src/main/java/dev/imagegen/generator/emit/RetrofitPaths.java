package dev.imagegen.generator.emit;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Spec path templates as Retrofit paths: relative to the base URL, with {@code {model}} filled in. */
final class RetrofitPaths {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z_][A-Za-z0-9_]*)}");

  private RetrofitPaths() {}

  /** {@code template} with {@code {model}} replaced by {@code modelId}, made {@link #relative}. */
  static String forModel(String template, String modelId) {
    return relative(template.replace("{model}", modelId));
  }

  /**
   * {@code template} without its leading {@code /}, so that it resolves below a base URL that has a
   * path of its own (Qolaba's {@code /api/v1}); led by {@code ./} when its first segment holds a
   * {@code :}, which a URL would otherwise read as a scheme ({@code {model}:generate}).
   */
  static String relative(String template) {
    String relative = template.startsWith("/") ? template.substring(1) : template;
    int colon = relative.indexOf(':');
    return colon >= 0 && (relative.indexOf('/') < 0 || colon < relative.indexOf('/')) ? "./" + relative : relative;
  }

  /** The one placeholder a status or result path carries, such as {@code request_id}. */
  static String placeholder(String template) {
    Matcher matcher = PLACEHOLDER.matcher(template);
    if (!matcher.find()) {
      throw new IllegalArgumentException("path '" + template + "' has no {placeholder} for the request id");
    }
    return matcher.group(1);
  }
}
