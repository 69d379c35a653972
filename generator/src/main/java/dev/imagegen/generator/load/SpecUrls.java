package dev.imagegen.generator.load;

import dev.imagegen.generator.spec.SpecLocation;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/** Parses the URLs a spec holds, reporting one that does not parse at its location. */
final class SpecUrls {

  private SpecUrls() {}

  /** {@code text} as a URI, or empty once its syntax error is reported at {@code at}. */
  static Optional<URI> parse(String text, SpecLocation at, ErrorCollector errors) {
    try {
      return Optional.of(new URI(text));
    } catch (URISyntaxException e) {
      errors.add(at, SpecValues.show(text) + " is not a URL: " + e.getReason() + " at index " + e.getIndex());
      return Optional.empty();
    }
  }
}
