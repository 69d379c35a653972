package dev.imagegen.client.flow;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.imagegen.client.testing.Stubs.completed;
import static dev.imagegen.client.testing.Stubs.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.imagegen.client.InferenceResult;
import dev.imagegen.client.error.CallTimeoutException;
import dev.imagegen.client.error.TransportException;
import dev.imagegen.client.error.UnauthorizedException;
import dev.imagegen.client.testing.Stubs;
import dev.imagegen.client.testing.TestRequest;
import dev.imagegen.client.testing.WireMockTestBase;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each HTTP call is one line at FINE on the logger {@code dev.imagegen.client}, switched on through
 * java.util.logging as a user would: the logger's level and a handler at FINE.
 */
class CallLoggingTest extends WireMockTestBase {

  /** Shaped like a live key, to search for in everything logged. */
  private static final String LIVE_KEY = "sk-live-7Hq2Wm9Zx4Kp1Rv8Ty3N";
  private static final Pattern DURATION = Pattern.compile(" in (\\d+) ms");
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G'};

  /** Held, so that the level set on it outlives a garbage collection. */
  private static final Logger CLIENT_LOGGER = Logger.getLogger("dev.imagegen.client");

  private final Captured captured = new Captured();
  private Level levelBefore;

  @TempDir
  Path dir;

  @BeforeEach
  void switchLoggingOn() {
    levelBefore = CLIENT_LOGGER.getLevel();
    captured.setLevel(Level.FINE);
    CLIENT_LOGGER.addHandler(captured);
    CLIENT_LOGGER.setLevel(Level.FINE);
  }

  @AfterEach
  void restoreLogging() {
    CLIENT_LOGGER.removeHandler(captured);
    CLIENT_LOGGER.setLevel(levelBefore);
  }

  @Test
  void aSyncCallIsOneLineAtFineWithItsMethodPathStatusMillisecondsAndRequestId() {
    stubs.generate(aResponse().withHeader("Content-Type", "image/png").withHeader("x-request-id", "r-99").withBody(PNG));

    flux().generate(TestRequest.flux()).bytes();

    assertThat(captured.records).singleElement().satisfies(record -> {
      assertThat(record.getLevel()).isEqualTo(Level.FINE);
      assertThat(record.getLoggerName()).isEqualTo("dev.imagegen.client");
      assertThat(record.getMessage()).matches("POST v1/flux-schnell -> 200 in \\d+ ms \\(request id r-99\\)");
    });
  }

  @Test
  void theApiKeyIsNeverLoggedNorAnyBodyEvenWhenTheServerEchoesTheKey() {
    stubs.generate(aResponse().withStatus(401).withHeader("x-request-id", LIVE_KEY)
        .withBody("{\"error\":\"invalid key " + LIVE_KEY + "\"}"));

    Throwable failure = catchThrowable(() -> segmind().apiKey(LIVE_KEY).build().generate(TestRequest.flux()));

    assertThat(failure).isInstanceOf(UnauthorizedException.class);
    assertThat(((UnauthorizedException) failure).call()).as("the log and the exception name the call alike")
        .isEqualTo("POST v1/flux-schnell");
    server.verify(postRequestedFor(urlEqualTo(Stubs.GENERATE)).withHeader("x-api-key", equalTo(LIVE_KEY)));
    assertThat(lines()).containsExactly("POST v1/flux-schnell -> 401 in N ms (request id ****)");
    assertThat(captured.records).allSatisfy(record -> {
      assertThat(record.getMessage()).doesNotContain(LIVE_KEY).doesNotContain("a tiger").doesNotContain("invalid");
      assertThat(record.getParameters()).isNull();
      assertThat(record.getThrown()).isNull();
    });
  }

  @Test
  void aCallThatGotNoAnswerNamesTheFailure() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }

    Throwable failure = catchThrowable(() -> segmind().baseUrl("http://127.0.0.1:" + closedPort).build()
        .generate(TestRequest.flux()));

    assertThat(failure).isInstanceOf(TransportException.class);
    assertThat(lines()).containsExactly("POST v1/flux-schnell -> failed (ConnectException) in N ms");
  }

  @Test
  void aTimeoutNamesItsLimitAndTheTimeIsInMilliseconds() {
    stubs.generate(aResponse().withBody(PNG).withFixedDelay(2_000));

    Throwable failure = catchThrowable(() -> segmind().readTimeout(Duration.ofMillis(300)).build()
        .generate(TestRequest.flux()));

    assertThat(failure).isInstanceOf(CallTimeoutException.class);
    assertThat(lines()).containsExactly("POST v1/flux-schnell -> failed (read timeout) in N ms");
    Matcher duration = DURATION.matcher(captured.records.get(0).getMessage());
    assertThat(duration.find()).isTrue();
    assertThat(Long.parseLong(duration.group(1))).isBetween(300L, 1_999L);
  }

  @Test
  void aV2FlowLogsTheSubmitThenEachStatusPollAndRetryAndTheResultWithTheRequestId() {
    stubs.submitAccepted();
    stubs.statuses(aResponse().withStatus(503), status("QUEUED"), status("COMPLETED"));
    stubs.results(completed());

    flux().submit(TestRequest.flux()).await();

    String id = "(request id " + Stubs.REQUEST_ID + ")";
    assertThat(lines()).containsExactly(
        "POST v2/flux-schnell -> 200 in N ms",
        "GET " + Stubs.STATUS.substring(1) + " -> 503 in N ms " + id,
        "GET " + Stubs.STATUS.substring(1) + " -> 200 in N ms " + id,
        "GET " + Stubs.STATUS.substring(1) + " -> 200 in N ms " + id,
        "GET " + Stubs.RESULT.substring(1) + " -> 200 in N ms " + id);
  }

  @Test
  void aMediaDownloadIsLoggedWithoutItsQuery() {
    server.stubFor(get(urlPathEqualTo("/files/out.png")).willReturn(aResponse().withBody(PNG)));
    stubs.submitAccepted();
    stubs.statuses(status("COMPLETED"));
    stubs.results(okJson("{\"status\":\"COMPLETED\",\"images\":[{\"url\":\"" + server.baseUrl()
        + "/files/out.png?token=s3cr3t-t0k3n\"}]}"));
    InferenceResult result = flux().submit(TestRequest.flux()).await();
    captured.records.clear();

    result.media().get(0).downloadTo(dir.resolve("out.png"));

    assertThat(lines()).containsExactly("GET " + server.baseUrl() + "/files/out.png -> 200 in N ms");
  }

  @Test
  void aGivenHttpClientsCallsAreLoggedToo() {
    stubs.generate(aResponse().withHeader("Content-Type", "image/png").withBody(PNG));

    segmind().httpClient(new OkHttpClient()).build().generate(TestRequest.flux()).bytes();

    assertThat(lines()).containsExactly("POST v1/flux-schnell -> 200 in N ms");
  }

  @Test
  void nothingIsLoggedAtTheDefaultLevelInfo() {
    CLIENT_LOGGER.setLevel(Level.INFO);
    stubs.generate(aResponse().withHeader("Content-Type", "image/png").withBody(PNG));
    stubs.submitAccepted();
    stubs.statuses(status("COMPLETED"));
    stubs.results(completed());

    flux().generate(TestRequest.flux()).bytes();
    flux().submit(TestRequest.flux()).await();

    assertThat(System.getLogger("dev.imagegen.client").isLoggable(System.Logger.Level.DEBUG)).isFalse();
    assertThat(captured.records).isEmpty();
  }

  /** The captured lines, each duration written {@code N}. */
  private List<String> lines() {
    return captured.records.stream().map(record -> DURATION.matcher(record.getMessage()).replaceAll(" in N ms"))
        .collect(Collectors.toList());
  }

  /** Keeps every record it is handed. */
  private static final class Captured extends Handler {
    final List<LogRecord> records = new CopyOnWriteArrayList<>();

    @Override
    public void publish(LogRecord record) {
      records.add(record);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }
}
