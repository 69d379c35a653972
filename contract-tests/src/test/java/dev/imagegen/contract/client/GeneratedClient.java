package dev.imagegen.contract.client;

import dev.imagegen.client.ClientOptions;
import dev.imagegen.client.InferenceResult;
import dev.imagegen.client.Job;
import dev.imagegen.contract.spec.ModelUnderTest;
import dev.imagegen.generator.naming.JavaNames;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The generated client of a model's provider, reached by reflection from the spec alone
 * ({@code dev.imagegen.client.<provider>.<Provider>Client}), and called through its dynamic
 * {@code generate}, {@code submit} and {@code run(modelId, params)}: no test names a model.
 */
public final class GeneratedClient {

  private static final String CLIENT_PACKAGE = "dev.imagegen.client.";

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
    ClientOptions.Builder<?> builder = (ClientOptions.Builder<?>) call(type, null, "builder", new Class<?>[0]);
    return new GeneratedClient(model, type, settings.apply(builder).build());
  }

  /** {@code dev.imagegen.client.segmind.SegmindClient} for a Segmind model. */
  public static String clientClassName(ModelUnderTest model) {
    String provider = model.provider().id();
    return CLIENT_PACKAGE + JavaNames.packageSegment(provider) + "." + JavaNames.typeName(provider) + "Client";
  }

  /** The sync call: a {@code GeneratedImage}, or a {@code JsonResponse} for a model that answers JSON. */
  public Object generate(Map<String, ?> params) {
    return call(type, client, "generate", new Class<?>[] {String.class, Map.class}, model.model().id(), params);
  }

  /** The v2 submit: the job, at once. */
  public Job submit(Map<String, ?> params) {
    return (Job) call(type, client, "submit", new Class<?>[] {String.class, Map.class}, model.model().id(), params);
  }

  /** The v2 submit, then the wait for its result: the dynamic {@code run}. */
  public InferenceResult run(Map<String, ?> params) {
    return (InferenceResult) call(type, client, "run", new Class<?>[] {String.class, Map.class}, model.model().id(), params);
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

  /** Calls a public method; what the method throws is rethrown as it was. */
  private static Object call(Class<?> type, Object target, String name, Class<?>[] parameterTypes, Object... args) {
    Method method;
    try {
      method = type.getMethod(name, parameterTypes);
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException(type.getName() + " has no method " + name, e);
    }
    try {
      return method.invoke(target, args);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(cause);
    }
  }
}
