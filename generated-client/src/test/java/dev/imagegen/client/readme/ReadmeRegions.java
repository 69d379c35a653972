package dev.imagegen.client.readme;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The regions of a source file between a {@code // README:begin} and a {@code // README:end} line,
 * each as the README shows it: the common indentation removed, every line ending with a newline.
 */
final class ReadmeRegions {

  static final String BEGIN = "// README:begin";
  static final String END = "// README:end";

  private ReadmeRegions() {}

  static List<String> of(Path source) throws IOException {
    List<String> regions = new ArrayList<>();
    List<String> region = null;
    List<String> lines = Files.readAllLines(source);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.equals(BEGIN) || line.equals(END)) {
        if (line.equals(BEGIN) != (region == null)) {
          throw new IllegalStateException(source + ":" + (i + 1) + ": " + line + " out of order");
        }
        if (line.equals(BEGIN)) {
          region = new ArrayList<>();
        } else {
          regions.add(text(region));
          region = null;
        }
      } else if (region != null) {
        region.add(lines.get(i));
      }
    }
    if (region != null) {
      throw new IllegalStateException(source + ": " + BEGIN + " without " + END);
    }
    return regions;
  }

  private static String text(List<String> lines) {
    int indent = lines.stream().filter(line -> !line.isBlank())
        .mapToInt(line -> line.length() - line.stripLeading().length()).min().orElse(0);
    StringBuilder text = new StringBuilder();
    lines.forEach(line -> text.append(line.isBlank() ? "" : line.substring(indent)).append('\n'));
    return text.toString();
  }
}
