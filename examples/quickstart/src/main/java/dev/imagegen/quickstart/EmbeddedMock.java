package dev.imagegen.quickstart;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.FileNotFoundException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A WireMock server on a free local port, serving a folder of stubs ({@code mappings/} and
 * {@code __files/}) as the generator's {@code --wiremock} exports them.
 */
final class EmbeddedMock implements AutoCloseable {

  private final WireMockServer server;

  private EmbeddedMock(WireMockServer server) {
    this.server = server;
  }

  /**
   * Starts a server on {@code stubs}.
   *
   * @throws FileNotFoundException if {@code stubs} has no {@code mappings/}; the message says how to export them
   */
  static EmbeddedMock start(Path stubs) throws FileNotFoundException {
    if (!Files.isDirectory(stubs.resolve("mappings"))) {
      throw new FileNotFoundException("no WireMock stubs in " + stubs + "/mappings;"
          + " `mvn -f examples/quickstart/pom.xml verify` exports them with the generator's --wiremock"
          + " (after `mvn install` at the repository root)");
    }
    WireMockServer server = new WireMockServer(options().dynamicPort().usingFilesUnderDirectory(stubs.toString()));
    server.start();
    return new EmbeddedMock(server);
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
