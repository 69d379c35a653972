package dev.imagegen.generator.export.wiremock;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;

/**
 * One WireMock stub mapping and the name of its file under {@code mappings/}.
 *
 * @param name the file name without {@code .json}, such as {@code segmind-flux-schnell-sync}
 */
record Stub(String name, ObjectNode mapping) {
  Stub {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(mapping, "mapping");
  }
}
