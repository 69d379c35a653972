package dev.imagegen.generator.export.openapi;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imagegen.generator.spec.AuthSpec;
import dev.imagegen.generator.spec.ProviderSpec;
import java.util.Locale;

/**
 * A provider's authentication as an OpenAPI security scheme, named after the provider: a scheme in
 * the {@code Authorization} header is HTTP auth ({@code Bearer} for Qolaba); any other header is an
 * API key ({@code x-api-key} for Segmind), with its prefix, if any, in the description.
 */
final class SecuritySchemes {

  private static final String AUTHORIZATION = "Authorization";

  private SecuritySchemes() {}

  static String name(ProviderSpec provider) {
    return provider.id();
  }

  static ObjectNode of(ProviderSpec provider) {
    AuthSpec auth = provider.auth();
    ObjectNode scheme = JsonNodeFactory.instance.objectNode();
    if (auth.header().equalsIgnoreCase(AUTHORIZATION) && auth.scheme().isPresent()) {
      scheme.put("type", "http");
      scheme.put("scheme", auth.scheme().get().toLowerCase(Locale.ROOT));
    } else {
      scheme.put("type", "apiKey");
      scheme.put("in", "header");
      scheme.put("name", auth.header());
    }
    String prefix = auth.scheme().map(value -> ", sent as '" + value + " <key>'").orElse("");
    scheme.put("description", "The " + provider.title() + " API key" + prefix + "; clients read it from " + auth.env() + ".");
    return scheme;
  }

  /** The {@code security} requirement of every operation of {@code provider}. */
  static ObjectNode requirement(ProviderSpec provider) {
    ObjectNode requirement = JsonNodeFactory.instance.objectNode();
    requirement.putArray(name(provider));
    return requirement;
  }
}
