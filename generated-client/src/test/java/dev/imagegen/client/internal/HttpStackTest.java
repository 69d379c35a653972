package dev.imagegen.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imagegen.client.ClientOptions;
import dev.imagegen.client.testing.TestProviders;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.function.Function;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

class HttpStackTest {

  private static ClientOptions.Builder<ClientOptions> options() {
    return RuntimeAccess.builder(TestProviders.SEGMIND, Function.identity()).apiKey("sk-1");
  }

  @Test
  void theDefaultDispatcherRunsCallbacksOnDaemonThreadsThatCannotKeepTheJvmAlive() {
    OkHttpClient client = HttpStack.client(options().build());
    CompletableFuture<Boolean> daemon = new CompletableFuture<>();

    client.dispatcher().executorService().execute(() -> daemon.complete(Thread.currentThread().isDaemon()));

    assertThat(daemon).succeedsWithin(Duration.ofSeconds(5)).isEqualTo(true);
  }

  @Test
  void theDefaultClientRunsEightCallsToOneHostAtOnceOnAsManyThreadsAtMost() {
    OkHttpClient client = HttpStack.client(options().build());

    assertThat(client.dispatcher().getMaxRequestsPerHost()).isEqualTo(8);
    assertThat(client.dispatcher().getMaxRequests()).isEqualTo(8);
    assertThat(((ThreadPoolExecutor) client.dispatcher().executorService()).getMaximumPoolSize()).isEqualTo(8);
  }

  @Test
  void aGivenClientsDispatcherLimitsAreLeftAsTheyAre() {
    OkHttpClient given = new OkHttpClient();

    OkHttpClient client = HttpStack.client(options().httpClient(given).build());

    assertThat(client.dispatcher().getMaxRequestsPerHost()).isEqualTo(5);
    assertThat(given.dispatcher().getMaxRequestsPerHost()).isEqualTo(5);
  }

  @Test
  void aGivenClientKeepsItsDispatcherButSendsEachRequestOnce() {
    OkHttpClient given = new OkHttpClient.Builder().followRedirects(true).retryOnConnectionFailure(true).build();

    OkHttpClient client = HttpStack.client(options().httpClient(given).build());

    assertThat(client.dispatcher()).isSameAs(given.dispatcher());
    assertThat(client.connectionPool()).isSameAs(given.connectionPool());
    assertThat(client.followRedirects()).isFalse();
    assertThat(client.followSslRedirects()).isFalse();
    assertThat(client.retryOnConnectionFailure()).isFalse();
  }
}
