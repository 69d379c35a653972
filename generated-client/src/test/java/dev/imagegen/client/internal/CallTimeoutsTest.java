package dev.imagegen.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imagegen.client.error.CallTimeoutException;
import dev.imagegen.client.error.TransportException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Optional;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/** Each timeout OkHttp reports is named by the limit that passed, with that limit's value. */
class CallTimeoutsTest {

  private static final OkHttpClient CLIENT = new OkHttpClient.Builder()
      .connectTimeout(Duration.ofSeconds(10)).writeTimeout(Duration.ofSeconds(20))
      .readTimeout(Duration.ofMinutes(2)).callTimeout(Duration.ofMinutes(10)).build();

  private static TransportException failure(CallTimeouts.Progress progress, IOException e) {
    return progress.failure("POST v1/m", null, e);
  }

  @Test
  void theClientsLimitsAreNamedByTheExceptionOkHttpThrows() {
    CallTimeouts.Progress progress = CallTimeouts.Progress.of(CLIENT, Optional.empty(), Optional.empty());

    assertThat(failure(progress, new SocketTimeoutException("Connect timed out")))
        .hasMessage("POST v1/m failed: no connection within the connect timeout of 10s");
    assertThat(failure(progress, new SocketTimeoutException("timeout")))
        .hasMessage("POST v1/m failed: the request was not sent within the write timeout of 20s");
    assertThat(failure(progress, new InterruptedIOException("timeout")))
        .hasMessage("POST v1/m failed: the call did not end within the call timeout of 10m");
    assertThat(failure(progress, new IOException("Connection reset")))
        .isExactlyInstanceOf(TransportException.class)
        .hasMessage("POST v1/m failed: IOException: Connection reset");
  }

  @Test
  void aPerCallTimeoutIsTheOneLimitOfTheCall() {
    CallTimeouts.Progress progress = CallTimeouts.Progress.of(CLIENT, Optional.of(Duration.ofMinutes(5)),
        Optional.empty());

    assertThat(progress.callLimit()).contains(Duration.ofMinutes(5));
    assertThat(failure(progress, new InterruptedIOException("timeout")))
        .isInstanceOfSatisfying(CallTimeoutException.class, timeout -> {
          assertThat(timeout.limit()).isEqualTo(CallTimeoutException.Limit.CALL);
          assertThat(timeout.timeout()).isEqualTo(Duration.ofMinutes(5));
        });
  }

  @Test
  void aDeadlineCutsTheWholeCall() {
    CallTimeouts.Progress progress = CallTimeouts.Progress.of(CLIENT, Optional.of(Duration.ofMinutes(5)),
        Optional.of(Duration.ofSeconds(30)));

    assertThat(progress.callLimit()).contains(Duration.ofSeconds(30));
    assertThat(failure(progress, new InterruptedIOException("timeout")))
        .hasMessage("POST v1/m failed: the call did not end within the call timeout of 30s");
  }

  @Test
  void aClientWithoutLimitsNamesNone() {
    CallTimeouts.Progress progress = CallTimeouts.Progress.of(new OkHttpClient.Builder()
        .connectTimeout(Duration.ZERO).writeTimeout(Duration.ZERO).readTimeout(Duration.ZERO).build(),
        Optional.empty(), Optional.empty());

    assertThat(progress.callLimit()).isEmpty();
    assertThat(failure(progress, new SocketTimeoutException("timeout")))
        .isExactlyInstanceOf(TransportException.class)
        .hasMessage("POST v1/m failed: SocketTimeoutException: timeout");
  }
}
