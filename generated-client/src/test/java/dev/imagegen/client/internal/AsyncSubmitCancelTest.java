package dev.imagegen.client.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static dev.imagegen.client.testing.Stubs.REQUEST_ID;
import static org.assertj.core.api.Assertions.assertThat;

import dev.imagegen.client.Job;
import dev.imagegen.client.testing.FluxService;
import dev.imagegen.client.testing.Stubs;
import dev.imagegen.client.testing.TestRequest;
import dev.imagegen.client.testing.WireMockTestBase;
import java.util.concurrent.CompletableFuture;
import okhttp3.Dispatcher;
import org.junit.jupiter.api.Test;

/** Cancelling the future of {@code submitAsync} cancels its POST, which would otherwise run on. */
class AsyncSubmitCancelTest extends WireMockTestBase {

  @Test
  void cancellingTheFutureCancelsThePostUnderWay() throws InterruptedException {
    server.stubFor(post(urlEqualTo(Stubs.SUBMIT)).willReturn(aResponse().withFixedDelay(5_000)
        .withHeader("Content-Type", "application/json").withBody("{\"request_id\":\"" + REQUEST_ID + "\"}")));
    FluxService flux = flux();
    Dispatcher dispatcher = HttpStack.client(flux.core().options()).dispatcher();
    CompletableFuture<Job> job = flux.submitAsync(TestRequest.flux());

    assertThat(runningCallsOnceThereAre(dispatcher, 1)).as("calls running before the cancel").isEqualTo(1);
    job.cancel(false);

    assertThat(runningCallsOnceThereAre(dispatcher, 0)).as("calls running after the cancel").isZero();
  }

  /** The calls the dispatcher runs once there are {@code count}, or after 3 s. */
  private static int runningCallsOnceThereAre(Dispatcher dispatcher, int count) throws InterruptedException {
    long end = System.nanoTime() + 3_000_000_000L;
    while (dispatcher.runningCallsCount() != count && System.nanoTime() < end) {
      Thread.sleep(10);
    }
    return dispatcher.runningCallsCount();
  }
}
