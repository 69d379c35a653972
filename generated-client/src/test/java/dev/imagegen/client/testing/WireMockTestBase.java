package dev.imagegen.client.testing;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.imagegen.client.ClientOptions;
import dev.imagegen.client.RetryPolicy;
import dev.imagegen.client.internal.ClientCore;
import dev.imagegen.client.internal.RuntimeAccess;
import dev.imagegen.client.internal.Scheduler;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/** Starts a WireMock server on a free port for the test class, and builds clients against it. */
public abstract class WireMockTestBase {

  /** Distinctive, so that a test can search for it in any text. */
  public static final String API_KEY = "sk-test-5ecret-K3y";

  protected static WireMockServer server;
  protected FakeScheduler scheduler;
  protected Stubs stubs;

  @BeforeAll
  static void startServer() {
    server = new WireMockServer(options().dynamicPort());
    server.start();
  }

  @AfterAll
  static void stopServer() {
    server.stop();
  }

  @BeforeEach
  void resetServer() {
    server.resetAll();
    scheduler = new FakeScheduler();
    stubs = new Stubs(server);
  }

  /** Options for the Segmind-like provider at the mock server, with fake time and jitter fixed at 1. */
  protected ClientOptions.Builder<FluxService> segmind() {
    return segmind(scheduler);
  }

  /** As {@link #segmind()}, on the time of {@code time}. */
  protected ClientOptions.Builder<FluxService> segmind(Scheduler time) {
    return RuntimeAccess.scheduler(
        RuntimeAccess.builder(TestProviders.SEGMIND, options -> new FluxService(new ClientCore(options))), time)
        .apiKey(API_KEY)
        .baseUrl(server.baseUrl())
        .retryPolicy(RetryPolicy.builder().jitter(() -> 1.0).build());
  }

  protected FluxService flux() {
    return segmind().build();
  }
}
