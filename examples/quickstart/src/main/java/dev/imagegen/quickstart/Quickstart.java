package dev.imagegen.quickstart;

import java.nio.file.Path;

/**
 * Runs a v1 {@code flux-schnell} generation and a v2 {@code flux-controlnet} job with the generated
 * client, and prints what was generated and what each call did. Without {@code SEGMIND_API_KEY} it
 * calls an embedded WireMock mock serving the stubs the generator exported; with it, Segmind itself.
 *
 * <pre>
 * mvn -f examples/quickstart/pom.xml verify exec:java
 * java -cp ... dev.imagegen.quickstart.Quickstart STUBS_DIR OUTPUT_DIR
 * </pre>
 *
 * <p>This class only exits: exec-maven-plugin's {@code blockSystemExit} turns {@code System.exit}
 * into a build failure by rewriting the calling class, which it can do only for a class this plain.
 */
public final class Quickstart {

  private Quickstart() {}

  public static void main(String[] args) {
    int status = args.length == 2 ? QuickstartRun.run(Path.of(args[0]), Path.of(args[1])) : usage();
    if (status != 0) {
      System.exit(status);
    }
  }

  private static int usage() {
    System.err.println("usage: Quickstart STUBS_DIR OUTPUT_DIR");
    return 2;
  }
}
