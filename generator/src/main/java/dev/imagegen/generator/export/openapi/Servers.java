package dev.imagegen.generator.export.openapi;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imagegen.generator.spec.ProviderSpec;

/** A provider's server: its default base URL and how a client overrides it. */
final class Servers {

  private Servers() {}

  static ObjectNode of(ProviderSpec provider) {
    ObjectNode server = JsonNodeFactory.instance.objectNode();
    server.put("url", provider.baseUrl());
    String override = provider.baseUrlEnv()
        .map(env -> "the environment variable " + env + " or the client builder")
        .orElse("the client builder");
    server.put("description", provider.title() + " (default base URL; override it with " + override + ")");
    return server;
  }
}
