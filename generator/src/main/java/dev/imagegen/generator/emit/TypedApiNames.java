package dev.imagegen.generator.emit;

import dev.imagegen.generator.spec.ModelSpec;
import dev.imagegen.generator.spec.ProviderSpec;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Java names the emitters give a model's typed API, read from their own layouts, so that a caller
 * that reaches generated code by reflection (the contract tests) uses exactly what was generated,
 * {@code _} suffixes included.
 *
 * <pre>{@code
 * String type = TypedApiNames.requestClass(model);   // dev.imagegen.client.segmind.FluxSchnellRequest
 * }</pre>
 */
public final class TypedApiNames {

  private TypedApiNames() {}

  /** The binary name of the request type, such as {@code dev.imagegen.client.segmind.FluxSchnellRequest}. */
  public static String requestClass(ModelSpec model) {
    return RequestLayout.of(model).requestType().reflectionName();
  }

  /** Each parameter's wire name, in spec order, with the name of its builder setter. */
  public static Map<String, String> setters(ModelSpec model) {
    Map<String, String> setters = new LinkedHashMap<>();
    RequestLayout.of(model).members().forEach(member -> setters.put(member.spec().name(), member.name()));
    return setters;
  }

  /** The client method returning the model's service, such as {@code fluxSchnell}. */
  public static String serviceAccessor(ProviderSpec provider, ModelSpec model) {
    return ProviderLayout.of(provider).accessor(model);
  }
}
