package dev.imagegen.generator.load;

import dev.imagegen.generator.spec.SpecLocation;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Checks the placeholders of a path template such as {@code /v2/requests/{request_id}/status}. */
final class PathTemplate {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");

  private PathTemplate() {}

  /**
   * Reports a brace without its pair, a placeholder other than {@code allowed}, and, when
   * {@code required}, a template without {@code allowed}.
   */
  static void check(String template, String allowed, boolean required, SpecLocation at, ErrorCollector errors) {
    Set<String> found = new LinkedHashSet<>();
    Matcher matcher = PLACEHOLDER.matcher(template);
    while (matcher.find()) {
      found.add(matcher.group(1));
    }
    String outside = PLACEHOLDER.matcher(template).replaceAll("");
    if (outside.contains("{") || outside.contains("}")) {
      errors.add(at, "has a { or } without its pair");
    }
    found.stream().filter(name -> !name.equals(allowed))
        .forEach(name -> errors.add(at, "{" + name + "} is not a placeholder of this path; it can only hold {" + allowed + "}"));
    if (required && !found.contains(allowed)) {
      errors.add(at, "must contain {" + allowed + "}");
    }
  }
}
