package dev.imagegen.client.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.imagegen.client.ClientOptions;
import dev.imagegen.client.GeneratedImage;
import dev.imagegen.client.Job;
import dev.imagegen.client.JsonResponse;
import dev.imagegen.client.ModelRequest;
import dev.imagegen.client.RequestOptions;
import dev.imagegen.client.error.ImageGenException;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import okhttp3.OkHttpClient;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.Retrofit;

/**
 * The shared machinery of one provider client: Retrofit, auth, error mapping, retries and polling.
 * Generated services call it; users do not.
 *
 * <pre>{@code
 * ClientCore core = new ClientCore(options);
 * FluxSchnellApi api = core.create(FluxSchnellApi.class);
 * GeneratedImage image = core.generateImage(request, api::generate, RequestOptions.defaults());
 * }</pre>
 */
public final class ClientCore {

  private static final String REQUEST_ID_FIELD = "request_id";

  private final ClientOptions options;
  private final ProviderDescriptor provider;
  private final Scheduler scheduler;
  private final Retrofit retrofit;
  private final Exchange exchange;
  private final ErrorMapper errors;
  private final JsonBodies jsonBodies;
  private final ImageAnswers imageAnswers;
  private final RetryingGet retryingGet;
  private final Redactor redactor;
  private final okhttp3.Call.Factory mediaHttp;
  // A provider may serve a thousand models: each service, and its Retrofit proxy, is made on first use.
  private final Map<Class<?>, Object> services = new ConcurrentHashMap<>();

  public ClientCore(ClientOptions options) {
    this.options = options;
    this.provider = RuntimeAccess.provider(options);
    this.scheduler = RuntimeAccess.scheduler(options);
    OkHttpClient client = HttpStack.client(options);
    this.retrofit = HttpStack.retrofit(options, client);
    this.mediaHttp = HttpStack.mediaClient(options);
    this.redactor = new Redactor(options.apiKey());
    this.exchange = new Exchange(client, provider.requestIdHeader().orElse(null),
        CallLog.ofApi(redactor, options.baseUrl()));
    ServerWait serverWait = new ServerWait(provider, scheduler);
    this.errors = new ErrorMapper(redactor, serverWait);
    this.jsonBodies = new JsonBodies(redactor);
    this.imageAnswers = new ImageAnswers(provider, jsonBodies);
    this.retryingGet = new RetryingGet(exchange, options.retryPolicy(), serverWait, scheduler);
  }

  /** An implementation of a generated Retrofit interface on this client's HTTP stack. */
  public <T> T create(Class<T> retrofitInterface) {
    return retrofit.create(retrofitInterface);
  }

  /**
   * The one service of type {@code type} on this client, made by {@code factory} on first use; later
   * calls, from any thread, return the same instance.
   */
  public <S> S service(Class<S> type, Function<ClientCore, S> factory) {
    return type.cast(services.computeIfAbsent(type, unused -> factory.apply(this)));
  }

  /** The options this client was built with. */
  public ClientOptions options() {
    return options;
  }

  /** Sends a valid request once (a POST is never retried) and returns the image. */
  public GeneratedImage generateImage(ModelRequest request, Function<ModelRequest, Call<ResponseBody>> call, RequestOptions options) {
    return imageAnswers.image(post(request, call, options));
  }

  /** Sends a valid request once and returns the JSON body. */
  public JsonResponse generateJson(ModelRequest request, Function<ModelRequest, Call<ResponseBody>> call, RequestOptions options) {
    Answer answer = post(request, call, options);
    return RuntimeAccess.jsonResponse(answer.info(), jsonBodies.read(answer), provider.taskIdField().orElse(null));
  }

  /** Submits a valid request once and returns the job; status and result calls are retried when safe. */
  public Job submit(
      ModelRequest request,
      Function<ModelRequest, Call<ResponseBody>> submit,
      Function<String, Call<ResponseBody>> status,
      Function<String, Call<ResponseBody>> result,
      RequestOptions options) {
    V2Protocol protocol = protocol();
    return job(accepted(exchange.execute(submit.apply(request), options)), protocol, status, result, options);
  }

  /**
   * Like {@link #submit}, without a thread waiting for the POST: the future completes with the job, or
   * with the exception {@code submit} would throw, an image file that cannot be read included.
   * Cancelling it cancels the POST if it is still under way (the server may have queued the job
   * already). It completes on one of the client's HTTP threads.
   */
  public CompletableFuture<Job> submitAsync(
      ModelRequest request,
      Function<ModelRequest, Call<ResponseBody>> submit,
      Function<String, Call<ResponseBody>> status,
      Function<String, Call<ResponseBody>> result,
      RequestOptions options) {
    V2Protocol protocol = protocol();
    CompletableFuture<Answer> answer;
    try {
      answer = exchange.send(submit.apply(request), options, Deadline.none(), null);
    } catch (ImageGenException e) {
      return CompletableFuture.failedFuture(e);
    }
    CompletableFuture<Job> job = answer.thenApply(sent -> job(accepted(sent), protocol, status, result, options));
    // A future derived from another does not pass its cancellation back; the POST's future does cancel the call.
    job.whenComplete((submitted, failure) -> {
      if (job.isCancelled()) {
        answer.cancel(false);
      }
    });
    return job;
  }

  /** The job a successful submit answer names. */
  private Job job(Answer answer, V2Protocol protocol, Function<String, Call<ResponseBody>> status,
      Function<String, Call<ResponseBody>> result, RequestOptions options) {
    JsonNode body = jsonBodies.read(answer);
    JsonNode requestId = body.path(REQUEST_ID_FIELD);
    if (!requestId.isTextual() || requestId.asText().isEmpty()) {
      throw jsonBodies.unexpected(answer, "without a " + REQUEST_ID_FIELD, body.toString());
    }
    return RuntimeAccess.job(body, v2Job(requestId.asText(), protocol, status, result, options));
  }

  /**
   * The job of a request id obtained earlier, such as from an {@code InferenceTimeoutException}, to
   * poll or await again.
   *
   * @throws NullPointerException when {@code requestId} is null
   * @throws IllegalArgumentException when it is blank
   */
  public Job job(String requestId, Function<String, Call<ResponseBody>> status,
      Function<String, Call<ResponseBody>> result, RequestOptions options) {
    if (Objects.requireNonNull(requestId, "requestId").isBlank()) {
      throw new IllegalArgumentException("requestId must not be blank");
    }
    return RuntimeAccess.job(WireJson.MAPPER.createObjectNode().put(REQUEST_ID_FIELD, requestId),
        v2Job(requestId, protocol(), status, result, options));
  }

  private V2Job v2Job(String requestId, V2Protocol protocol, Function<String, Call<ResponseBody>> status,
      Function<String, Call<ResponseBody>> result, RequestOptions options) {
    V2Answers answers = new V2Answers(protocol, errors, jsonBodies, redactor,
        new ResultBodies(protocol.resultFields(), mediaHttp));
    return new V2Job(requestId, status, result, options, retryingGet, answers,
        V2Job.Timing.of(this.options, protocol), scheduler);
  }

  private V2Protocol protocol() {
    return provider.v2().orElseThrow(() -> new IllegalStateException(
        "provider " + provider.id() + " has no submit-and-poll protocol"));
  }

  /**
   * The answer of a successful POST; an error status throws. The request is not checked again: a
   * generated request is checked when built, a map when made a {@code DynamicRequest}.
   */
  private Answer post(ModelRequest request, Function<ModelRequest, Call<ResponseBody>> call, RequestOptions options) {
    return accepted(exchange.execute(call.apply(request), options));
  }

  /** {@code answer} when successful; an error status throws. */
  private Answer accepted(Answer answer) {
    if (!answer.isSuccessful()) {
      throw errors.toException(answer);
    }
    return answer;
  }

  @Override
  public String toString() {
    return "ClientCore{" + options + '}';
  }
}
