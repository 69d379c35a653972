package dev.imagegen.client.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static org.assertj.core.api.Assertions.assertThat;

import dev.imagegen.client.ClientOptions;
import dev.imagegen.client.testing.Stubs;
import dev.imagegen.client.testing.TestProviders;
import dev.imagegen.client.testing.WireMockTestBase;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.Dispatcher;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** WireMock answers a 1xx status with its head twice and nothing more, which breaks OkHttp 4.12's reader. */
class BrokenAnswersTest extends WireMockTestBase {

  private static final Duration WAIT = Duration.ofSeconds(5);
  private static final String BROKEN = "the answer broke the HTTP exchange: java.lang.IllegalStateException: state: 3";

  private final WatchedThreads threads = new WatchedThreads();
  private final ClientOptions options = RuntimeAccess.builder(TestProviders.SEGMIND, Function.identity())
      .apiKey(API_KEY)
      .httpClient(new OkHttpClient.Builder().dispatcher(new Dispatcher(threads)).build())
      .build();
  private final OkHttpClient client = HttpStack.client(options);

  /** Runs the dispatcher's calls, and tells how the first ended: with what it threw, or empty. */
  private static final class WatchedThreads extends ThreadPoolExecutor {
    final CompletableFuture<Optional<Throwable>> ended = new CompletableFuture<>();

    WatchedThreads() {
      super(0, 1, 1, TimeUnit.SECONDS, new SynchronousQueue<>());
    }

    @Override
    protected void afterExecute(Runnable task, Throwable thrown) {
      ended.complete(Optional.ofNullable(thrown));
    }
  }

  @AfterEach
  void stopThreads() {
    threads.shutdownNow();
  }

  private Call generate() {
    return client.newCall(new Request.Builder().url(server.baseUrl() + Stubs.GENERATE)
        .post(RequestBody.create("{}", MediaType.get("application/json"))).build());
  }

  @ParameterizedTest
  @ValueSource(ints = {100, 102, 103, 199})
  void anInformationalAnswerFailsAnAsynchronousCallAsAnIoErrorAndNothingIsThrownOnItsThread(int status) {
    stubs.generate(aResponse().withStatus(status));
    CompletableFuture<IOException> failure = new CompletableFuture<>();

    generate().enqueue(new Callback() {
      @Override
      public void onFailure(Call call, IOException e) {
        failure.complete(e);
      }

      @Override
      public void onResponse(Call call, Response response) {
        failure.completeExceptionally(new AssertionError("answered " + response.code()));
      }
    });

    assertThat(failure).succeedsWithin(WAIT)
        .satisfies(e -> assertThat(e).hasMessage(BROKEN));
    assertThat(threads.ended).succeedsWithin(WAIT).isEqualTo(Optional.empty());
  }

  @Test
  void theClientsNextCallIsAnsweredOnAFreshConnection() throws IOException {
    stubs.generate(aResponse().withStatus(102));
    server.stubFor(get("/").willReturn(ok()));
    Call broken = generate();
    Call next = client.newCall(new Request.Builder().url(server.baseUrl() + "/").build());

    assertThat(catchIo(broken)).hasMessage(BROKEN);
    try (Response response = next.execute()) {
      assertThat(response.code()).isEqualTo(200);
    }
  }

  @Test
  void aMediaDownloadFailsAsAnIoErrorToo() {
    server.stubFor(get("/out.png").willReturn(aResponse().withStatus(102)));

    assertThat(catchIo(HttpStack.mediaClient(options).newCall(new Request.Builder().url(server.baseUrl() + "/out.png")
        .build()))).hasMessage(BROKEN);
  }

  private static IOException catchIo(Call call) {
    try (Response response = call.execute()) {
      throw new AssertionError("answered " + response.code());
    } catch (IOException e) {
      return e;
    }
  }
}
