package dev.imagegen.client.testing;

import dev.imagegen.client.GeneratedImage;
import dev.imagegen.client.Job;
import dev.imagegen.client.ModelRequest;
import dev.imagegen.client.RequestOptions;
import dev.imagegen.client.internal.ClientCore;
import java.util.concurrent.CompletableFuture;

/** Shaped like a generated Segmind service, calling the runtime as generated code does. */
public final class FluxService {

  private final ClientCore core;
  private final FluxApi api;

  public FluxService(ClientCore core) {
    this.core = core;
    this.api = core.create(FluxApi.class);
  }

  public GeneratedImage generate(ModelRequest request) {
    return generate(request, RequestOptions.defaults());
  }

  public GeneratedImage generate(ModelRequest request, RequestOptions options) {
    return core.generateImage(request, api::generate, options);
  }

  public Job submit(ModelRequest request) {
    return submit(request, RequestOptions.defaults());
  }

  public Job submit(ModelRequest request, RequestOptions options) {
    return core.submit(request, api::submit, api::status, api::result, options);
  }

  public CompletableFuture<Job> submitAsync(ModelRequest request) {
    return core.submitAsync(request, api::submit, api::status, api::result, RequestOptions.defaults());
  }

  public Job job(String requestId) {
    return core.job(requestId, api::status, api::result, RequestOptions.defaults());
  }

  public ClientCore core() {
    return core;
  }
}
