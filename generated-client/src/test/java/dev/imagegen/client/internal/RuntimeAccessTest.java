package dev.imagegen.client.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.imagegen.client.ClientOptions;
import dev.imagegen.client.testing.TestProviders;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class RuntimeAccessTest {

  private static final String CLIENT_PACKAGE = "dev.imagegen.client.";

  @Test
  void aGeneratedClientIsBuiltInARuntimeWhoseOptionsNothingHasInitialized() throws Exception {
    try (FreshRuntime runtime = new FreshRuntime()) {
      Class<?> segmind = runtime.loadClass(CLIENT_PACKAGE + "segmind.SegmindClient");
      Object builder = segmind.getMethod("builder").invoke(null);
      builder.getClass().getMethod("apiKey", String.class).invoke(builder, "sk-1");
      Object client = builder.getClass().getMethod("build").invoke(builder);

      assertThat(client.getClass()).isSameAs(segmind);
      assertThat(segmind.getMethod("options").invoke(client).getClass().getClassLoader()).isSameAs(runtime);
    }
  }

  @Test
  void theAccessIsInstalledOnce() {
    ClientOptions options = RuntimeAccess.builder(TestProviders.SEGMIND, Function.identity()).apiKey("sk-1").build();

    assertThat(RuntimeAccess.provider(options)).isSameAs(TestProviders.SEGMIND);
    assertThatThrownBy(() -> RuntimeAccess.install(null))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the runtime access is installed already");
  }

  /** Loads the client's classes anew, the libraries from the tests' loader: no client class is initialized yet. */
  private static final class FreshRuntime extends URLClassLoader {

    FreshRuntime() {
      super(new URL[] {ClientOptions.class.getProtectionDomain().getCodeSource().getLocation()},
          RuntimeAccessTest.class.getClassLoader());
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      if (!name.startsWith(CLIENT_PACKAGE)) {
        return super.loadClass(name, resolve);
      }
      synchronized (getClassLoadingLock(name)) {
        Class<?> loaded = findLoadedClass(name);
        return loaded != null ? loaded : findClass(name);
      }
    }
  }
}
