package dev.imagegen.generator.load;

import dev.imagegen.generator.naming.JavaNames;
import dev.imagegen.generator.spec.ProviderSpec;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    Map<String, ProviderSpec> byPackage = new HashMap<>();
    for (ProviderSpec provider : providers) {
      String packageName = JavaNames.packageSegment(provider.id());
      if (RUNTIME_PACKAGES.contains(packageName)) {
        errors.add(provider.location().child("id"), SpecValues.show(provider.id()) + " becomes the package name "
            + packageName + ", which the client runtime owns (dev.imagegen.client." + packageName + ")");
      }
      ProviderSpec samePackage = byPackage.putIfAbsent(packageName, provider);
      if (samePackage != null) {
        errors.add(provider.location().child("id"), SpecValues.show(provider.id()) + " becomes the package name "
            + packageName + ", like " + SpecValues.show(samePackage.id()) + " in " + samePackage.location().file());
      }
    }
  }
}
