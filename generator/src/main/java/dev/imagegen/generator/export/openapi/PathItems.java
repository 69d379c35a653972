package dev.imagegen.generator.export.openapi;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imagegen.generator.export.ExportException;
import dev.imagegen.generator.spec.ProviderSpec;
import java.util.HashMap;
import java.util.Map;

/**
 * The document's {@code paths}, with one provider per path. Each path item names its provider's
 * server, because the providers live at different base URLs.
 */
final class PathItems {

  private final ObjectNode paths = JsonNodeFactory.instance.objectNode();
  private final Map<String, ProviderSpec> owners = new HashMap<>();

  /** The path item of {@code path}, created on first use. */
  ObjectNode item(ProviderSpec provider, String path) throws ExportException {
    ProviderSpec owner = owners.putIfAbsent(path, provider);
    if (owner != null && owner != provider) {
      throw new ExportException(
          "OpenAPI export: providers '" + owner.id() + "' and '" + provider.id() + "' both serve path " + path
              + "; one OpenAPI document cannot describe both");
    }
    if (owner == null) {
      paths.putObject(path).putArray("servers").add(Servers.of(provider));
    }
    return (ObjectNode) paths.get(path);
  }

  ObjectNode tree() {
    return paths;
  }
}
