package dev.imagegen.quickstart;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
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

  static EmbeddedMock start(Path stubs) throws MissingStubsException {
    if (!Files.isDirectory(stubs.resolve("mappings"))) {
      throw new MissingStubsException(stubs);
    }
    WireMockServer server = new WireMockServer(options().dynamicPort().usingFilesUnderDirectory(stubs.toString()));
    server.start();
    return new EmbeddedMock(server);
  }

  String baseUrl() {
    return server.baseUrl();
  }

  @Override
  public void close() {
    server.stop();
  }
}
