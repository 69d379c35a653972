package dev.imagegen.generator.emit;

import com.palantir.javapoet.JavaFile;
import dev.imagegen.generator.spec.ModelSpec;
import dev.imagegen.generator.spec.ProviderSpec;
import dev.imagegen.generator.spec.SpecSet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Emits every Java file of the client for a checked {@link SpecSet}. Pure: no I/O; the caller writes
 * the files. Per provider, in spec order: for each model its request type, Retrofit interface and
 * service; then the provider's catalog and client.
 */
public final class ClientEmitter {

  private ClientEmitter() {}

  /** Every generated file, in a stable order. */
  public static List<JavaFile> emit(SpecSet specs) {
    List<JavaFile> files = new ArrayList<>();
    for (ProviderSpec provider : specs.providers()) {
      ProviderLayout layout = ProviderLayout.of(provider);
      // Each model's files depend on nothing but its own spec and the layout, so models are emitted in parallel.
      provider.models().parallelStream().map(model -> modelFiles(layout, model)).forEachOrdered(files::addAll);
      files.addAll(providerFiles(layout));
    }
    return List.copyOf(files);
  }

  /**
   * Hands every generated file to {@code sink} as soon as it is emitted, models in parallel, so that
   * only the files in flight are held in memory however many models there are. {@code sink} is called
   * from several threads at once.
   *
   * @throws IOException the first that {@code sink} threw; the other models may still have been handed over
   */
  public static void emit(SpecSet specs, FileSink sink) throws IOException {
    try {
      for (ProviderSpec provider : specs.providers()) {
        ProviderLayout layout = ProviderLayout.of(provider);
        provider.models().parallelStream().forEach(model -> modelFiles(layout, model).forEach(sink::acceptUnchecked));
        providerFiles(layout).forEach(sink::acceptUnchecked);
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** Takes generated files, possibly from several threads at once. */
  @FunctionalInterface
  public interface FileSink {

    void accept(JavaFile file) throws IOException;

    private void acceptUnchecked(JavaFile file) {
      try {
        accept(file);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private static List<JavaFile> modelFiles(ProviderLayout layout, ModelSpec model) {
    return List.of(
        RequestTypeEmitter.emit(layout.spec(), layout.request(model)),
        ApiInterfaceEmitter.emit(layout.spec(), model),
        ServiceEmitter.emit(layout, layout.request(model)));
  }

  private static List<JavaFile> providerFiles(ProviderLayout layout) {
    return List.of(CatalogEmitter.emit(layout.spec()), ProviderClientEmitter.emit(layout));
  }
}
