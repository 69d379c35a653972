package dev.imagegen.client;

import dev.imagegen.client.internal.ProviderDescriptor;
import java.util.function.Function;

/** Immutable settings of a provider client: API key, base URL, HTTP client, timeouts, retries, polling. */
public final class ClientOptions {

  /** Options from the provider's environment variables (API key, and base URL where set). */
  public static ClientOptions fromEnv(ProviderDescriptor provider) { throw new UnsupportedOperationException("TODO"); }

  /** A builder whose {@code build()} hands the options to {@code clientFactory}. */
  public static <C> Builder<C> builder(ProviderDescriptor provider, Function<ClientOptions, C> clientFactory) {
    throw new UnsupportedOperationException("TODO");
  }

  /** Builds the options, then the client of type {@code C}. */
  public static final class Builder<C> {
    public Builder<C> apiKey(String apiKey) { throw new UnsupportedOperationException("TODO"); }
    public Builder<C> baseUrl(String baseUrl) { throw new UnsupportedOperationException("TODO"); }
    public C build() { throw new UnsupportedOperationException("TODO"); }
  }
}
