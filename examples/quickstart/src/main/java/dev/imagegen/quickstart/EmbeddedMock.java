package dev.imagegen.quickstart;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.FatalStartupException;
import com.github.tomakehurst.wiremock.standalone.MappingFileException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A WireMock server on a free local port, serving a folder of stubs ({@code mappings/} and
 * {@code __files/}) as the generator's {@code --wiremock} exports them.
 */
final class EmbeddedMock implements AutoCloseable {

  /** How to get the stubs (again), for the messages of missing or broken ones. */
  private static final String EXPORT_HINT = "`mvn -f examples/quickstart/pom.xml verify` exports them with the"
      + " generator's --wiremock (after `mvn install` at the repository root)";

  private final WireMockServer server;

  private EmbeddedMock(WireMockServer server) {
    this.server = server;
  }

  /**
   * Starts a server on {@code stubs}. Each failure's message is one line.
   *
   * @throws FileNotFoundException if {@code stubs} has no {@code mappings/}; the message says how to export them
   * @throws IOException if a stub in {@code mappings/} cannot be read or is not a WireMock stub, or the server
   *     cannot start, such as when it cannot open a port
   */
  static EmbeddedMock start(Path stubs) throws IOException {
    if (!Files.isDirectory(stubs.resolve("mappings"))) {
      throw new FileNotFoundException("no WireMock stubs in " + stubs + "/mappings; " + EXPORT_HINT);
    }
    WireMockServer server;
    try {
      // Loads every stub in mappings/.
      server = new WireMockServer(options().dynamicPort().usingFilesUnderDirectory(stubs.toString()));
    } catch (MappingFileException e) {
      // WireMock's message: "Error loading file PATH:", the JSON error, and at times lines quoting the file.
      throw new IOException("the mock cannot load its stubs: "
          + e.getMessage().lines().limit(2).collect(Collectors.joining(" ")) + "; " + EXPORT_HINT, e);
    }
    try {
      server.start();
    } catch (FatalStartupException e) {
      throw new IOException("the mock cannot start: " + reasons(e), e);
    }
    return new EmbeddedMock(server);
  }

  /**
   * The messages of what {@code failure} wraps, outermost first, such as {@code Failed to bind to
   * /0.0.0.0:8080: Address already in use}; WireMock's own wrappers are left out, as their messages only
   * repeat their causes'.
   */
  private static String reasons(FatalStartupException failure) {
    List<String> messages = new ArrayList<>();
    for (Throwable cause = failure.getCause(); cause != null; cause = cause.getCause()) {
      if (!(cause instanceof FatalStartupException) && cause.getMessage() != null) {
        messages.add(cause.getMessage());
      }
    }
    return String.join(": ", messages);
  }

  /** The server's URL, such as {@code http://localhost:43397}. */
  String baseUrl() {
    return server.baseUrl();
  }

  @Override
  public void close() {
    server.stop();
  }
}
