package dev.imagegen.client.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import dev.imagegen.client.testing.TestProviders;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.net.URL;
import java.net.URLClassLoader;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import okhttp3.Headers;
import org.junit.jupiter.api.Test;

class RuntimeAccessTest {

  private static final String CLIENT_PACKAGE = "dev.imagegen.client.";
  private static final String PACKAGE_ACCESS = CLIENT_PACKAGE + "PackageAccess";
  private static final String REFUSED = "only dev.imagegen.client.PackageAccess of the runtime's class loader may be"
      + " installed, not ";

  @Test
  void aGeneratedClientIsBuiltInARuntimeWhoseOptionsNothingHasInitialized() throws Exception {
    try (FreshRuntime runtime = new FreshRuntime()) {
      Object client = runtime.segmindClient();

      assertThat(client.getClass().getClassLoader()).isSameAs(runtime);
      assertThat(runtime.options(client).getClass().getClassLoader()).isSameAs(runtime);
    }
  }

  @Test
  void theAccessIsInstalledOnce() throws Exception {
    ClientOptions options = RuntimeAccess.builder(TestProviders.SEGMIND, Function.identity()).apiKey("sk-1").build();
    RuntimeAccess.Access second = packageAccess(RuntimeAccessTest.class.getClassLoader());

    assertThat(RuntimeAccess.provider(options)).isSameAs(TestProviders.SEGMIND);
    assertThatThrownBy(() -> RuntimeAccess.install(second))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the runtime access is installed already");
  }

  @Test
  void anAccessOfSomeoneElsesIsRefusedAndTheRuntimesStillServes() {
    assertThatThrownBy(() -> RuntimeAccess.install(new ForeignAccess()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(REFUSED + "dev.imagegen.client.internal.RuntimeAccessTest$ForeignAccess");
    assertThatThrownBy(() -> RuntimeAccess.install(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(REFUSED + "null");

    ClientOptions options = RuntimeAccess.builder(TestProviders.SEGMIND, Function.identity()).apiKey("sk-1").build();
    assertThat(RuntimeAccess.provider(options)).isSameAs(TestProviders.SEGMIND);
  }

  @Test
  void aPackageAccessOfAnotherClassLoaderIsRefused() throws Exception {
    try (FreshRuntime namesakes = new FreshRuntime(PACKAGE_ACCESS::equals)) {
      RuntimeAccess.Access namesake = packageAccess(namesakes);

      assertThatThrownBy(() -> RuntimeAccess.install(namesake))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(REFUSED + PACKAGE_ACCESS);
    }
  }

  @Test
  void anAccessInstalledBeforeTheOptionsAreInitializedIsRefusedAndTheirsInstalledLater() throws Throwable {
    try (FreshRuntime runtime = new FreshRuntime()) {
      Class<?> runtimeAccess = runtime.loadClass(RuntimeAccess.class.getName());
      Class<?> accessType = runtime.loadClass(RuntimeAccess.Access.class.getName());
      Object foreign = Proxy.newProxyInstance(runtime, new Class<?>[] {accessType}, (proxy, method, args) -> {
        throw new AssertionError("the foreign access was called: " + method.getName());
      });

      assertThatThrownBy(() -> invoke(runtimeAccess, "install", accessType, foreign))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith(REFUSED);
      Object options = runtime.options(runtime.segmindClient());
      Object provider = invoke(runtimeAccess, "provider", options.getClass(), options);
      assertThat(provider.getClass().getMethod("id").invoke(provider)).isEqualTo("segmind");
    }
  }

  /** A new {@code PackageAccess} of {@code loader}, made as only reflection can: the class is package-private. */
  private static RuntimeAccess.Access packageAccess(ClassLoader loader) throws Exception {
    var constructor = Class.forName(PACKAGE_ACCESS, false, loader).asSubclass(RuntimeAccess.Access.class)
        .getDeclaredConstructor();
    constructor.setAccessible(true);
    return constructor.newInstance();
  }

  /** Calls the static {@code method} of {@code type} taking one {@code parameter}, throwing what it throws. */
  private static Object invoke(Class<?> type, String method, Class<?> parameter, Object argument) throws Throwable {
    try {
      return type.getMethod(method, parameter).invoke(null, argument);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  /** What a user's class would hand {@link RuntimeAccess#install} to stand between the clients and their options. */
  private static final class ForeignAccess implements RuntimeAccess.Access {

    @Override
    public <C> ClientOptions.Builder<C> builder(ProviderDescriptor provider,
        Function<ClientOptions, C> clientFactory) {
      throw new AssertionError("not called");
    }

    @Override
    public ProviderDescriptor provider(ClientOptions options) {
      throw new AssertionError("not called");
    }

    @Override
    public Scheduler scheduler(ClientOptions options) {
      throw new AssertionError("not called");
    }

    @Override
    public void scheduler(ClientOptions.Builder<?> builder, Scheduler scheduler) {
      throw new AssertionError("not called");
    }

    @Override
    public Job job(JsonNode submitResponse, V2Job v2Job) {
      throw new AssertionError("not called");
    }

    @Override
    public ResponseInfo responseInfo(int status, Headers headers) {
      throw new AssertionError("not called");
    }

    @Override
    public MediaFile mediaFile(String requestId, String url, String contentType, String fileName, Long fileSize,
        okhttp3.Call.Factory http) {
      throw new AssertionError("not called");
    }

    @Override
    public GeneratedImage generatedImage(String call, ResponseInfo response, String contentType, InputStream content,
        long length, boolean decodedFromBase64, String requestId, BigDecimal cost, BigDecimal remainingCredits,
        Duration generationTime, Long seed) {
      throw new AssertionError("not called");
    }

    @Override
    public JsonResponse jsonResponse(ResponseInfo response, JsonNode body, String taskIdField) {
      throw new AssertionError("not called");
    }

    @Override
    public InferenceResult inferenceResult(String requestId, JobStatus status, JsonNode output, List<MediaFile> media,
        Long seed, InferenceMetrics metrics, JsonNode body) {
      throw new AssertionError("not called");
    }

    @Override
    public InferenceMetrics inferenceMetrics(BigDecimal cost, BigDecimal remainingCredits, Duration inferenceTime,
        Duration queueTime, Duration totalTime, Integer retryCount) {
      throw new AssertionError("not called");
    }
  }

  /**
   * Loads the client's classes anew (or those {@code definesItself} picks), the rest from the tests' loader: no
   * class it loads is initialized yet.
   */
  private static final class FreshRuntime extends URLClassLoader {

    private final Predicate<String> definesItself;

    FreshRuntime() {
      this(name -> name.startsWith(CLIENT_PACKAGE));
    }

    FreshRuntime(Predicate<String> definesItself) {
      super(new URL[] {ClientOptions.class.getProtectionDomain().getCodeSource().getLocation()},
          RuntimeAccessTest.class.getClassLoader());
      this.definesItself = definesItself;
    }

    /** A {@code SegmindClient} of this runtime, built with an API key. */
    Object segmindClient() throws Exception {
      Object builder = loadClass(CLIENT_PACKAGE + "segmind.SegmindClient").getMethod("builder").invoke(null);
      builder.getClass().getMethod("apiKey", String.class).invoke(builder, "sk-1");
      return builder.getClass().getMethod("build").invoke(builder);
    }

    /** The options of a client of this runtime. */
    Object options(Object client) throws Exception {
      return client.getClass().getMethod("options").invoke(client);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      if (!definesItself.test(name)) {
        return super.loadClass(name, resolve);
      }
      synchronized (getClassLoadingLock(name)) {
        Class<?> loaded = findLoadedClass(name);
        return loaded != null ? loaded : findClass(name);
      }
    }
  }
}
