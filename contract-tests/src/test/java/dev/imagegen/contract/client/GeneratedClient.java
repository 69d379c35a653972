package dev.imagegen.contract.client;

import dev.imagegen.client.ClientOptions;
import dev.imagegen.client.InferenceResult;
import dev.imagegen.client.Job;
import dev.imagegen.client.ModelRequest;
import dev.imagegen.client.RequestOptions;
import dev.imagegen.contract.spec.ModelUnderTest;
import dev.imagegen.generator.emit.TypedApiNames;
import dev.imagegen.generator.naming.JavaNames;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * The generated client of a model's provider, reached by reflection from the spec alone
 * ({@code dev.imagegen.client.<provider>.<Provider>Client}), and called through its dynamic
 * {@code generate}, {@code submit} and {@code run(modelId, params)}, or through the model's typed
 * service with a {@link TypedRequest}: no test names a model.
 */
public final class GeneratedClient {

  private static final String CLIENT_PACKAGE = "dev.imagegen.client.";
  /** Each model's service accessor, named once: naming it lays out every model of the provider. */
  private static final Map<ModelUnderTest, String> SERVICE_ACCESSORS = new ConcurrentHashMap<>();

  private final ModelUnderTest model;
  private final Class<?> type;
  private final Object client;

  private GeneratedClient(ModelUnderTest model, Class<?> type, Object client) {
    this.model = model;
    this.type = type;
    this.client = client;
  }

  /** A client of {@code model}'s provider whose options {@code settings} fills in. */
  public static GeneratedClient of(ModelUnderTest model, UnaryOperator<ClientOptions.Builder<?>> settings) {
    Class<?> type = clientClass(model);
    ClientOptions.Builder<?> builder = (ClientOptions.Builder<?>) Reflection.call(type, null, "builder", new Class<?>[0]);
    return new GeneratedClient(model, type, settings.apply(builder).build());
  }

  /** {@code dev.imagegen.client.segmind.SegmindClient} for a Segmind model. */
  public static String clientClassName(ModelUnderTest model) {
    String provider = model.provider().id();
    return CLIENT_PACKAGE + JavaNames.packageSegment(provider) + "." + JavaNames.typeName(provider) + "Client";
  }

  /** The sync call: a {@code GeneratedImage}, or a {@code JsonResponse} for a model that answers JSON. */
  public Object generate(Map<String, ?> params) {
    return Reflection.call(type, client, "generate", new Class<?>[] {String.class, Map.class}, model.model().id(), params);
  }

  /** The sync call with per-call {@code options}, such as a timeout. */
  public Object generate(Map<String, ?> params, RequestOptions options) {
    return Reflection.call(type, client, "generate", new Class<?>[] {String.class, Map.class, RequestOptions.class},
        model.model().id(), params, options);
  }

  /** The v2 submit: the job, at once. */
  public Job submit(Map<String, ?> params) {
    return (Job) Reflection.call(type, client, "submit", new Class<?>[] {String.class, Map.class}, model.model().id(), params);
  }

  /** The v2 submit with per-call {@code options}, such as a timeout, which the job's status and result calls keep. */
  public Job submit(Map<String, ?> params, RequestOptions options) {
    return (Job) Reflection.call(type, client, "submit", new Class<?>[] {String.class, Map.class, RequestOptions.class},
        model.model().id(), params, options);
  }

  /** The v2 submit, then the wait for its result: the dynamic {@code run}. */
  public InferenceResult run(Map<String, ?> params) {
    return (InferenceResult) Reflection.call(type, client, "run", new Class<?>[] {String.class, Map.class}, model.model().id(), params);
  }

  /** The typed sync call of the model's service: {@code client.<model>().generate(request)}. */
  public Object generate(ModelRequest request) {
    return callService("generate", request);
  }

  /** The typed v2 submit of the model's service: {@code client.<model>().submit(request)}. */
  public Job submit(ModelRequest request) {
    return (Job) callService("submit", request);
  }

  private Object callService(String name, ModelRequest request) {
    String accessor = SERVICE_ACCESSORS.computeIfAbsent(model,
        key -> TypedApiNames.serviceAccessor(key.provider(), key.model()));
    Object service = Reflection.call(type, client, accessor, new Class<?>[0]);
    return Reflection.call(service.getClass(), service, name, new Class<?>[] {request.getClass()}, request);
  }

  private static Class<?> clientClass(ModelUnderTest model) {
    String name = clientClassName(model);
    try {
      return Class.forName(name);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("no generated client " + name + " for " + model.id()
          + " (spec folder " + model.folder() + "); was the folder generated and compiled?", e);
    }
  }
}
