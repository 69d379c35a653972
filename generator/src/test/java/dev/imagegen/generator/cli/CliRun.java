package dev.imagegen.generator.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one run of the command line gave: its status and the lines of stdout and stderr.
 *
 * @param status the exit status
 * @param out the lines printed on stdout
 * @param err the lines printed on stderr
 */
record CliRun(int status, List<String> out, List<String> err) {

  /** Runs {@link Main#run} on {@code args} in this JVM. */
  static CliRun of(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    return new CliRun(status, lines(out.toByteArray()), lines(err.toByteArray()));
  }

  static List<String> lines(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    return text.isEmpty() ? List.of() : text.lines().toList();
  }

  /** The root pom's version, read as text so that a test does not share the code it checks. */
  static String projectVersion() throws IOException {
    // Tests run in the generator module's folder, below the root pom.
    Matcher version = Pattern.compile("<artifactId>imagegen-parent</artifactId>\\s*<version>([^<]+)</version>")
        .matcher(Files.readString(Path.of("..", "pom.xml")));
    if (!version.find()) {
      throw new AssertionError("no imagegen-parent version in ../pom.xml");
    }
    return version.group(1);
  }
}
