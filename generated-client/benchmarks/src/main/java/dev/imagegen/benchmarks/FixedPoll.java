package dev.imagegen.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.Dispatcher;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * The floor of {@link ManyJobs}: raw OkHttp submitting each job, then polling its status at a fixed
 * 1 s from the moment it was accepted, as Segmind's own SDK does, and fetching the result once the
 * status says COMPLETED. Its dispatcher runs 64 calls at once, so that its polls never queue.
 */
final class FixedPoll {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final MediaType JSON_TYPE = MediaType.get("application/json");
  private static final byte[] BODY = "{\"prompt\":\"a tiger\"}".getBytes(StandardCharsets.UTF_8);
  private static final int CALLS_AT_ONCE = 64;

  private final OkHttpClient http;
  private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(task -> {
    Thread thread = new Thread(task, "fixed 1 s poll");
    thread.setDaemon(true);
    return thread;
  });
  private final String baseUrl;
  private final ManyJobs.Results results;

  private FixedPoll(String baseUrl, ManyJobs.Results results) {
    Dispatcher dispatcher = new Dispatcher();
    dispatcher.setMaxRequests(CALLS_AT_ONCE);
    dispatcher.setMaxRequestsPerHost(CALLS_AT_ONCE);
    this.http = new OkHttpClient.Builder().dispatcher(dispatcher).build();
    this.baseUrl = baseUrl;
    this.results = results;
  }

  /** Submits and polls every job; {@code results} learns of each as it ends. */
  static void await(JobServer server, ManyJobs.Results results) {
    FixedPoll poll = new FixedPoll(server.baseUrl(), results);
    for (int i = 0; i < server.jobs(); i++) {
      CompletableFuture<Void> job = new CompletableFuture<>();
      results.track(job);
      poll.submit(job);
    }
  }

  private void submit(CompletableFuture<Void> job) {
    send(new Request.Builder().url(baseUrl + "v2/flux-schnell").post(RequestBody.create(BODY, JSON_TYPE)), job,
        accepted -> {
          String requestId = accepted.path("request_id").asText();
          ScheduledFuture<?>[] polling = new ScheduledFuture<?>[1];
          polling[0] = ticker.scheduleAtFixedRate(() -> status(requestId, polling[0], job), 1, 1, TimeUnit.SECONDS);
        });
  }

  private void status(String requestId, ScheduledFuture<?> polling, CompletableFuture<Void> job) {
    send(get("v2/requests/" + requestId + "/status"), job, status -> {
      if (status.path("status").asText().equals("COMPLETED") && polling.cancel(false)) {
        send(get("v2/requests/" + requestId), job, result -> {
          results.received(requestId, requestId, result.path("output").asText());
          job.complete(null);
        });
      }
    });
  }

  private Request.Builder get(String path) {
    return new Request.Builder().url(baseUrl + path).get();
  }

  /** Sends {@code request} and hands its JSON answer to {@code then}; a failure fails {@code job}. */
  private void send(Request.Builder request, CompletableFuture<Void> job, Consumer<JsonNode> then) {
    http.newCall(request.header("x-api-key", "benchmark-key").build()).enqueue(new Callback() {
      @Override
      public void onResponse(Call call, Response response) {
        try (response) {
          then.accept(JSON.readTree(response.body().byteStream()));
        } catch (IOException | RuntimeException e) {
          job.completeExceptionally(e);
        }
      }

      @Override
      public void onFailure(Call call, IOException e) {
        job.completeExceptionally(e);
      }
    });
  }
}
