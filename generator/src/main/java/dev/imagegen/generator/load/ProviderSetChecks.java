package dev.imagegen.generator.load;

import dev.imagegen.generator.naming.JavaNames;
import dev.imagegen.generator.spec.ProviderSpec;
import java.util.List;
import java.util.Set;

/**
 * Checks that provider ids become distinct Java package names: {@code a-b} and {@code a.b} would
 * share the package {@code ab}, where their clients and catalogs would overwrite each other. Each
 * clash is reported at the later provider file. A package of the client runtime, such as
 * {@code validation}, is refused too.
 */
final class ProviderSetChecks {

  private ProviderSetChecks() {}

  /** The runtime's own packages below {@code dev.imagegen.client}; generated code there would shadow its types. */
  static final Set<String> RUNTIME_PACKAGES = Set.of("error", "internal", "validation");

  /** {@code providers} in folder order. */
  static void check(List<ProviderSpec> providers, ErrorCollector errors) {
    JavaNameChecks packages = new JavaNameChecks(JavaNames::packageSegment, "package name", errors);
    RUNTIME_PACKAGES.forEach(name -> packages.reserve(name, "which the client runtime owns (dev.imagegen.client." + name + ")"));
    for (ProviderSpec provider : providers) {
      String shown = SpecValues.show(provider.id());
      packages.check(provider.id(), shown, shown + " in " + provider.location().file(), provider.location().child("id"));
    }
  }
}
