package dev.imagegen.generator.spec;

import java.util.Objects;
import java.util.Optional;

/**
 * The synchronous call of a provider.
 *
 * @param path a template below the base URL; {@code {model}} is replaced by the model id
 */
public record SyncSpec(String path, Optional<String> note) {
  public SyncSpec {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(note, "note");
  }
}
