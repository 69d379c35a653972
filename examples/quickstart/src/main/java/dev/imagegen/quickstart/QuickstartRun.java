package dev.imagegen.quickstart;

import dev.imagegen.client.ClientOptions;
import dev.imagegen.client.error.ImageGenException;
import dev.imagegen.client.error.UnauthorizedException;
import dev.imagegen.client.segmind.SegmindClient;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import okhttp3.OkHttpClient;

/** Chooses Segmind or the embedded mock, reports the generated client, runs the {@link Flows}. */
final class QuickstartRun {

  private QuickstartRun() {}

  /** Returns the exit status: 0, or 1 with a one-line message on stderr. */
  static int run(Path stubs, Path outputDir) {
    String apiKey = System.getenv("SEGMIND_API_KEY");
    // One HTTP client, shut down at the end, so that no idle OkHttp thread keeps the JVM (or exec:java) waiting.
    OkHttpClient http = new OkHttpClient();
    // Without a key, the mock; a null resource is skipped by try-with-resources.
    try (EmbeddedMock mock = apiKey == null || apiKey.isBlank() ? EmbeddedMock.start(stubs) : null) {
      SegmindClient segmind = client(mock, http);
      String baseUrl = segmind.options().baseUrl();
      System.out.println(mock == null
          ? "SEGMIND_API_KEY is set: calling " + baseUrl + ", which spends credits."
          : "No SEGMIND_API_KEY: calling an embedded WireMock mock at " + baseUrl
              + ", serving the stubs the generator exported to " + stubs);
      System.out.println();
      GeneratedClientReport.print(System.out);
      System.out.println();
      new Flows(segmind, http, Files.createDirectories(outputDir)).run();
      return 0;
    } catch (UnauthorizedException e) {
      System.err.println("quickstart failed: " + e.getMessage() + " (is SEGMIND_API_KEY right?)");
      return 1;
    } catch (ImageGenException | MissingStubsException | BadSettingsException | IOException e) {
      System.err.println("quickstart failed: " + e.getMessage());
      return 1;
    } finally {
      http.dispatcher().executorService().shutdown();
      http.connectionPool().evictAll();
    }
  }

  /** A client with Segmind's settings from the environment, or the mock's. */
  private static SegmindClient client(EmbeddedMock mock, OkHttpClient http) throws BadSettingsException {
    ClientOptions.Builder<SegmindClient> options = SegmindClient.builder().httpClient(http);
    if (mock == null) {
      try {
        return options.fromEnv().build();
      } catch (IllegalArgumentException | IllegalStateException e) {
        throw new BadSettingsException(e);
      }
    }
    // The mock wants an x-api-key header, whatever its value.
    return options.apiKey("quickstart-mock-key").baseUrl(mock.baseUrl()).build();
  }
}
