package dev.imagegen.client.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.imagegen.client.ClientOptions;
import dev.imagegen.client.GeneratedImage;
import dev.imagegen.client.InferenceMetrics;
import dev.imagegen.client.InferenceResult;
import dev.imagegen.client.Job;
import dev.imagegen.client.JobStatus;
import dev.imagegen.client.JsonResponse;
import dev.imagegen.client.MediaFile;
import dev.imagegen.client.ResponseInfo;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import okhttp3.Headers;

/**
 * The runtime's and the generated code's way to what the public types keep from users: the provider
 * and scheduler of {@link ClientOptions}, a builder bound to a provider, a builder's scheduler, and
 * making what a call answers ({@link Job}, {@link GeneratedImage}, {@link InferenceResult} and the rest),
 * whose constructors users do not see. Users do not call it.
 *
 * <pre>{@code
 * ClientOptions.Builder<SegmindClient> builder = RuntimeAccess.builder(PROVIDER, SegmindClient::new);
 * ProviderDescriptor provider = RuntimeAccess.provider(options);
 * }</pre>
 *
 * <p>{@code ClientOptions} installs the other side, {@link Access}, when it is initialized; the first call
 * here initializes it if nothing has yet.
 */
public final class RuntimeAccess {

  /** The class of the one access {@link #install(Access)} takes; {@code ClientOptions.class} does not initialize it. */
  private static final String PACKAGE_ACCESS = ClientOptions.class.getPackageName() + ".PackageAccess";

  private static volatile Access access;

  private RuntimeAccess() {}

  /**
   * The package-private members of {@code dev.imagegen.client} that the runtime needs; implemented in
   * that package.
   */
  public interface Access {

    /** A builder of options for {@code provider} whose {@code build()} hands them to {@code clientFactory}. */
    <C> ClientOptions.Builder<C> builder(ProviderDescriptor provider, Function<ClientOptions, C> clientFactory);

    /** The provider the options were built for. */
    ProviderDescriptor provider(ClientOptions options);

    /** The source of time for polling, backoff and deadlines. */
    Scheduler scheduler(ClientOptions options);

    /** Sets the source of time of the options {@code builder} builds. */
    void scheduler(ClientOptions.Builder<?> builder, Scheduler scheduler);

    /** The job {@code v2Job} drives; {@code submitResponse} is the submit answer as sent. */
    Job job(JsonNode submitResponse, V2Job v2Job);

    /** The status and headers of an answer. */
    ResponseInfo responseInfo(int status, Headers headers);

    /** A file a job made, downloaded by {@code http}, which must not add the API key. */
    MediaFile mediaFile(String requestId, String url, String contentType, String fileName, Long fileSize,
        okhttp3.Call.Factory http);

    /** An image a sync call answered; each reported value is null when the server did not say. */
    GeneratedImage generatedImage(String call, ResponseInfo response, String contentType, InputStream content, long length,
        boolean decodedFromBase64, String requestId, BigDecimal cost, BigDecimal remainingCredits, Duration generationTime,
        Long seed);

    /** The JSON answer of a sync call; {@code taskIdField} is null when the provider queues no requests. */
    JsonResponse jsonResponse(ResponseInfo response, JsonNode body, String taskIdField);

    /** The result of a v2 job; {@code output} is a missing node and {@code seed} null when the answer has none. */
    InferenceResult inferenceResult(String requestId, JobStatus status, JsonNode output, List<MediaFile> media, Long seed,
        InferenceMetrics metrics, JsonNode body);

    /** The metrics of a v2 answer; each is null when the server did not report it. */
    InferenceMetrics inferenceMetrics(BigDecimal cost, BigDecimal remainingCredits, Duration inferenceTime, Duration queueTime,
        Duration totalTime, Integer retryCount);
  }

  /**
   * Called once, by {@code ClientOptions} when it is initialized, with the runtime's own access: the
   * package-private {@code dev.imagegen.client.PackageAccess} of this class's class loader. Any other access
   * is refused, so no one else's code can stand between the clients and their options, and a refused call
   * leaves the runtime's to be installed later.
   *
   * @throws IllegalArgumentException when {@code installed} is not the runtime's own access
   * @throws IllegalStateException when an access was installed already
   */
  public static synchronized void install(Access installed) {
    if (!isPackageAccess(installed)) {
      throw new IllegalArgumentException("only " + PACKAGE_ACCESS + " of the runtime's class loader may be"
          + " installed, not " + (installed == null ? "null" : installed.getClass().getName()));
    }
    if (access != null) {
      throw new IllegalStateException("the runtime access is installed already");
    }
    access = installed;
  }

  /** A builder of options for {@code provider} whose {@code build()} hands them to {@code clientFactory}. */
  public static <C> ClientOptions.Builder<C> builder(ProviderDescriptor provider,
      Function<ClientOptions, C> clientFactory) {
    return access().builder(provider, clientFactory);
  }

  /** The provider {@code options} were built for. */
  public static ProviderDescriptor provider(ClientOptions options) {
    return access().provider(options);
  }

  /** The source of time of {@code options}: the system's unless a test set another. */
  public static Scheduler scheduler(ClientOptions options) {
    return access().scheduler(options);
  }

  /** Sets the source of time of the options {@code builder} builds, such as a test's virtual time; returns it. */
  public static <C> ClientOptions.Builder<C> scheduler(ClientOptions.Builder<C> builder, Scheduler scheduler) {
    access().scheduler(builder, scheduler);
    return builder;
  }

  /** The job {@code v2Job} drives; {@code submitResponse} is the submit answer as sent. */
  public static Job job(JsonNode submitResponse, V2Job v2Job) {
    return access().job(submitResponse, v2Job);
  }

  /** The status and headers of an answer. */
  public static ResponseInfo responseInfo(int status, Headers headers) {
    return access().responseInfo(status, headers);
  }

  /**
   * A file a job made, downloaded by {@code http}, which must not add the API key.
   *
   * @param contentType null when the server did not say, as are {@code fileName} and {@code fileSize}
   * @param fileSize in bytes
   */
  public static MediaFile mediaFile(String requestId, String url, String contentType, String fileName, Long fileSize,
      okhttp3.Call.Factory http) {
    return access().mediaFile(requestId, url, contentType, fileName, fileSize, http);
  }

  /** An image a sync call answered; each reported value is null when the server did not say. */
  public static GeneratedImage generatedImage(String call, ResponseInfo response, String contentType, InputStream content, long length,
      boolean decodedFromBase64, String requestId, BigDecimal cost, BigDecimal remainingCredits, Duration generationTime,
      Long seed) {
    return access().generatedImage(call, response, contentType, content, length, decodedFromBase64, requestId, cost, remainingCredits,
        generationTime, seed);
  }

  /** The JSON answer of a sync call; {@code taskIdField} is null when the provider queues no requests. */
  public static JsonResponse jsonResponse(ResponseInfo response, JsonNode body, String taskIdField) {
    return access().jsonResponse(response, body, taskIdField);
  }

  /** The result of a v2 job; {@code output} is a missing node and {@code seed} null when the answer has none. */
  public static InferenceResult inferenceResult(String requestId, JobStatus status, JsonNode output, List<MediaFile> media, Long seed,
      InferenceMetrics metrics, JsonNode body) {
    return access().inferenceResult(requestId, status, output, media, seed, metrics, body);
  }

  /** The metrics of a v2 answer; each is null when the server did not report it. */
  public static InferenceMetrics inferenceMetrics(BigDecimal cost, BigDecimal remainingCredits, Duration inferenceTime, Duration queueTime,
      Duration totalTime, Integer retryCount) {
    return access().inferenceMetrics(cost, remainingCredits, inferenceTime, queueTime, totalTime, retryCount);
  }

  private static Access access() {
    if (access == null) {
      try {
        // Runs ClientOptions' static initializer, which installs the access; naming the class literal does not.
        Class.forName(ClientOptions.class.getName(), true, ClientOptions.class.getClassLoader());
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException("ClientOptions is loaded, yet not found", e);
      }
    }
    return access;
  }

  /** Whether {@code installed} is the runtime's {@code PackageAccess}, loaded with this class, not a namesake. */
  private static boolean isPackageAccess(Access installed) {
    return installed != null
        && installed.getClass().getName().equals(PACKAGE_ACCESS)
        && installed.getClass().getClassLoader() == RuntimeAccess.class.getClassLoader();
  }
}
