package dev.imagegen.generator.emit;

import com.palantir.javapoet.NameAllocator;
import dev.imagegen.generator.naming.JavaNames;
import dev.imagegen.generator.spec.ModelSpec;
import dev.imagegen.generator.spec.ProviderSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The service accessors of a provider's client, such as {@code fluxSchnell()}, and the layout of each
 * request type, allocated once so that the client, the services and the usage examples agree. A model named like a client method (say
 * {@code generate}) gets a trailing {@code _}.
 */
final class ProviderLayout {

  /** Methods of the generated client, plus the no-argument methods of {@code Object}. */
  private static final List<String> RESERVED_MEMBERS = List.of(
      "builder", "fromEnv", "options", "generate", "submit", "run",
      "hashCode", "toString", "getClass", "notify", "notifyAll", "wait", "clone", "finalize");

  private final ProviderSpec spec;
  private final Map<String, String> accessors;
  private final Map<String, RequestLayout> requests;

  private ProviderLayout(ProviderSpec spec, Map<String, String> accessors, Map<String, RequestLayout> requests) {
    this.spec = spec;
    this.accessors = accessors;
    this.requests = requests;
  }

  static ProviderLayout of(ProviderSpec provider) {
    NameAllocator names = new NameAllocator();
    RESERVED_MEMBERS.forEach(names::newName);
    Map<String, String> accessors = new LinkedHashMap<>();
    provider.models().forEach(model -> accessors.put(model.id(), names.newName(JavaNames.memberName(model.id()))));
    return new ProviderLayout(provider, accessors, new ConcurrentHashMap<>());
  }

  ProviderSpec spec() {
    return spec;
  }

  /** The request type's members of {@code model}, laid out on first use, once for every emitter. */
  RequestLayout request(ModelSpec model) {
    return requests.computeIfAbsent(model.id(), id -> RequestLayout.of(model));
  }

  /** The client method returning the service of {@code model}. */
  String accessor(ModelSpec model) {
    return accessors.get(model.id());
  }
}
