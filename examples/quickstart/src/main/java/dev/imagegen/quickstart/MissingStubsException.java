package dev.imagegen.quickstart;

import java.nio.file.Path;

/** The mock's stubs were not exported yet; the message says how to export them. */
final class MissingStubsException extends Exception {
  private static final long serialVersionUID = 1L;

  MissingStubsException(Path stubs) {
    super("no WireMock stubs in " + stubs + "/mappings; `mvn -f examples/quickstart/pom.xml verify` exports them"
        + " with the generator's --wiremock (after `mvn install` at the repository root)");
  }
}
