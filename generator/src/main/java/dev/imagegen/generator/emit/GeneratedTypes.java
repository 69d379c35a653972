package dev.imagegen.generator.emit;

import com.palantir.javapoet.ClassName;
import dev.imagegen.generator.naming.JavaNames;
import dev.imagegen.generator.spec.ModelSpec;
import dev.imagegen.generator.spec.ProviderSpec;

/**
 * The names of generated types, so that every emitter refers to them alike: per model
 * {@code FluxSchnellRequest}, {@code FluxSchnellApi} and {@code FluxSchnellService}; per provider
 * {@code SegmindCatalog} and {@code SegmindClient}, all in {@code dev.imagegen.client.segmind}.
 */
public final class GeneratedTypes {

  /** The package of the runtime, and of generated code in one sub-package per provider. */
  static final String BASE_PACKAGE = "dev.imagegen.client";

  private GeneratedTypes() {}

  /** The package of a provider's generated code, such as {@code dev.imagegen.client.segmind}. */
  public static String packageName(String providerId) {
    return BASE_PACKAGE + "." + JavaNames.packageSegment(providerId);
  }

  static ClassName request(ModelSpec model) {
    return modelType(model, "Request");
  }

  static ClassName api(ModelSpec model) {
    return modelType(model, "Api");
  }

  static ClassName service(ModelSpec model) {
    return modelType(model, "Service");
  }

  static ClassName catalog(ProviderSpec provider) {
    return providerType(provider.id(), "Catalog");
  }

  static ClassName client(ProviderSpec provider) {
    return providerType(provider.id(), "Client");
  }

  private static ClassName modelType(ModelSpec model, String suffix) {
    return ClassName.get(packageName(model.providerId()), JavaNames.typeName(model.id()) + suffix);
  }

  private static ClassName providerType(String providerId, String suffix) {
    return ClassName.get(packageName(providerId), JavaNames.typeName(providerId) + suffix);
  }
}
