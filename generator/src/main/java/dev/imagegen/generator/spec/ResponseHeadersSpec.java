package dev.imagegen.generator.spec;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The headers of a provider's successful sync answer, from the spec's {@code responseHeaders}.
 *
 * @param names the header name of each fact the spec declares, in file order; at most
 *     one fact per header, whatever the case of its name
 * @param note where the headers are documented
 */
public record ResponseHeadersSpec(Map<ResponseHeader, String> names, Optional<String> note) {

  public ResponseHeadersSpec {
    names = Collections.unmodifiableMap(new LinkedHashMap<>(names));
    Objects.requireNonNull(note, "note");
  }

  /** The header that carries {@code header}, if the spec declares one. */
  public Optional<String> name(ResponseHeader header) {
    return Optional.ofNullable(names.get(header));
  }
}
