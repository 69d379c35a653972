package dev.imagegen.client;

import com.fasterxml.jackson.databind.JsonNode;
import dev.imagegen.client.internal.ProviderDescriptor;
import dev.imagegen.client.internal.RuntimeAccess;
import dev.imagegen.client.internal.Scheduler;
import dev.imagegen.client.internal.V2Job;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import okhttp3.Call;
import okhttp3.Headers;

/** The members of this package kept from users, handed to the runtime through {@link RuntimeAccess}. */
final class PackageAccess implements RuntimeAccess.Access {

  @Override
  public <C> ClientOptions.Builder<C> builder(ProviderDescriptor provider, Function<ClientOptions, C> clientFactory) {
    return ClientOptions.builder(provider, clientFactory);
  }

  @Override
  public ProviderDescriptor provider(ClientOptions options) {
    return options.provider();
  }

  @Override
  public Scheduler scheduler(ClientOptions options) {
    return options.scheduler();
  }

  @Override
  public void scheduler(ClientOptions.Builder<?> builder, Scheduler scheduler) {
    builder.scheduler(scheduler);
  }

  @Override
  public Job job(JsonNode submitResponse, V2Job v2Job) {
    return new Job(submitResponse, v2Job);
  }

  @Override
  public ResponseInfo responseInfo(int status, Headers headers) {
    return new ResponseInfo(status, headers);
  }

  @Override
  public MediaFile mediaFile(String requestId, String url, String contentType, String fileName, Long fileSize,
      Call.Factory http) {
    return new MediaFile(requestId, url, contentType, fileName, fileSize, http);
  }

  @Override
  public GeneratedImage generatedImage(String call, ResponseInfo response, String contentType, InputStream content, long length,
      boolean decodedFromBase64, String requestId, BigDecimal cost, BigDecimal remainingCredits, Duration generationTime,
      Long seed) {
    return new GeneratedImage(call, response, contentType, content, length, decodedFromBase64, requestId, cost, remainingCredits,
        generationTime, seed);
  }

  @Override
  public JsonResponse jsonResponse(ResponseInfo response, JsonNode body, String taskIdField) {
    return new JsonResponse(response, body, taskIdField);
  }

  @Override
  public InferenceResult inferenceResult(String requestId, JobStatus status, JsonNode output, List<MediaFile> media, Long seed,
      InferenceMetrics metrics, JsonNode body) {
    return new InferenceResult(requestId, status, output, media, seed, metrics, body);
  }

  @Override
  public InferenceMetrics inferenceMetrics(BigDecimal cost, BigDecimal remainingCredits, Duration inferenceTime, Duration queueTime,
      Duration totalTime, Integer retryCount) {
    return new InferenceMetrics(cost, remainingCredits, inferenceTime, queueTime, totalTime, retryCount);
  }
}
