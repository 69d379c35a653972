package dev.imagegen.generator.spec;

import java.util.Objects;
import java.util.Optional;

/**
 * How a provider authenticates: {@code <header>: [<scheme> ]<key>}.
 *
 * @param scheme a prefix such as {@code Bearer}; empty for a bare key such as Segmind's {@code x-api-key}
 * @param env the environment variable {@code fromEnv()} reads the key from
 */
public record AuthSpec(String header, Optional<String> scheme, String env) {
  public AuthSpec {
    Objects.requireNonNull(header, "header");
    Objects.requireNonNull(scheme, "scheme");
    Objects.requireNonNull(env, "env");
  }
}
