package dev.imagegen.client.flow;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.imagegen.client.GeneratedImage;
import dev.imagegen.client.RequestOptions;
import dev.imagegen.client.error.CallTimeoutException;
import dev.imagegen.client.testing.TestRequest;
import dev.imagegen.client.testing.WireMockTestBase;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A per-call timeout bounds its call on its own, above or below the client's limits; short real time. */
class CallTimeoutTest extends WireMockTestBase {

  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G'};

  @Test
  void aPerCallTimeoutLongerThanTheClientsReadTimeoutLetsASlowAnswerArrive() {
    stubs.generate(aResponse().withHeader("Content-Type", "image/png").withBody(PNG).withFixedDelay(800));

    byte[] image = segmind().readTimeout(Duration.ofMillis(200)).build()
        .generate(TestRequest.flux(), RequestOptions.withTimeout(Duration.ofSeconds(10))).bytes();

    assertThat(image).isEqualTo(PNG);
  }

  @Test
  void withoutOneTheClientsReadTimeoutIsNamedWithItsValue() {
    stubs.generate(aResponse().withHeader("Content-Type", "image/png").withBody(PNG).withFixedDelay(2_000));

    CallTimeoutException failure = catchThrowableOfType(CallTimeoutException.class,
        () -> segmind().readTimeout(Duration.ofMillis(200)).build().generate(TestRequest.flux()));

    assertThat(failure).hasMessage("POST v1/flux-schnell failed: the server sent nothing within the read timeout of"
        + " 0.2s");
    assertThat(failure.limit()).isEqualTo(CallTimeoutException.Limit.READ);
    assertThat(failure.timeout()).isEqualTo(Duration.ofMillis(200));
  }

  @Test
  void aPerCallTimeoutShorterThanTheClientsBoundsTheWholeCall() {
    stubs.generate(aResponse().withHeader("Content-Type", "image/png").withBody(PNG).withFixedDelay(2_000));

    CallTimeoutException failure = catchThrowableOfType(CallTimeoutException.class,
        () -> flux().generate(TestRequest.flux(), RequestOptions.withTimeout(Duration.ofMillis(300))));

    assertThat(failure).hasMessage("POST v1/flux-schnell failed: the call did not end within the call timeout of"
        + " 0.3s");
    assertThat(failure.limit()).isEqualTo(CallTimeoutException.Limit.CALL);
    assertThat(failure.timeout()).isEqualTo(Duration.ofMillis(300));
  }

  @Test
  void aBodyThatStallsAfterItsHeadersNamesTheReadTimeoutWhenRead() throws Exception {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      Thread server = new Thread(() -> answerHeadersThenStall(socket), "stalling server");
      server.setDaemon(true);
      server.start();
      GeneratedImage image = segmind().baseUrl("http://127.0.0.1:" + socket.getLocalPort())
          .readTimeout(Duration.ofMillis(200)).build().generate(TestRequest.flux());

      CallTimeoutException failure = catchThrowableOfType(CallTimeoutException.class, image::bytes);

      assertThat(failure).hasMessage("reading the image of POST v1/flux-schnell failed: the server sent nothing"
          + " within the read timeout of 0.2s");
      assertThat(failure.limit()).isEqualTo(CallTimeoutException.Limit.READ);
    }
  }

  /** Reads one request, answers its headers and the first bytes of a longer body, then waits. */
  private static void answerHeadersThenStall(ServerSocket socket) {
    try (Socket connection = socket.accept()) {
      InputStream in = connection.getInputStream();
      byte[] buffer = new byte[8192];
      // The request is small: its headers and JSON body arrive in the first reads.
      in.read(buffer);
      OutputStream out = connection.getOutputStream();
      out.write(("HTTP/1.1 200 OK\r\nContent-Type: image/png\r\nContent-Length: 1000\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      out.write(PNG);
      out.flush();
      Thread.sleep(3_000);
    } catch (IOException | InterruptedException e) {
      // The client has gone; nothing is left to answer.
    }
  }
}
