package dev.imagegen.generator.emit;

import com.palantir.javapoet.JavaFile;
import dev.imagegen.generator.spec.ModelSpec;
import dev.imagegen.generator.spec.ProviderSpec;
import dev.imagegen.generator.spec.SpecSet;
import java.util.ArrayList;
import java.util.List;

/**
 * Emits every Java file of the client for a checked {@link SpecSet}. Pure: no I/O; the caller writes
 * the files. Per provider, in spec order: for each model its request type, Retrofit interface and
 * service; then the provider's catalog and client.
 */
public final class ClientEmitter {

  /** The package of generated code: one sub-package per provider, such as {@code dev.imagegen.client.segmind}. */
  public static final String BASE_PACKAGE = "dev.imagegen.client";

  private ClientEmitter() {}

  /** Every generated file, in a stable order. */
  public static List<JavaFile> emit(SpecSet specs) {
    List<JavaFile> files = new ArrayList<>();
    for (ProviderSpec provider : specs.providers()) {
      ProviderLayout layout = ProviderLayout.of(provider);
      // Each model's files depend on nothing but its own spec and the layout, so models are emitted in parallel.
      provider.models().parallelStream()
          .map(model -> List.of(
              RequestTypeEmitter.emit(provider, layout.request(model)),
              ApiInterfaceEmitter.emit(provider, model),
              ServiceEmitter.emit(layout, layout.request(model))))
          .forEachOrdered(files::addAll);
      files.add(CatalogEmitter.emit(provider));
      files.add(ProviderClientEmitter.emit(layout));
    }
    return List.copyOf(files);
  }
}
