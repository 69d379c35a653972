package dev.imagegen.client.internal;

/** What the runtime needs to know of a provider, declared by its generated client from the provider spec. */
public final class ProviderDescriptor {

  public static Builder builder(String id) { throw new UnsupportedOperationException("TODO"); }

  /** Builds a {@link ProviderDescriptor}. */
  public static final class Builder {
    public Builder title(String title) { throw new UnsupportedOperationException("TODO"); }
    public Builder defaultBaseUrl(String url) { throw new UnsupportedOperationException("TODO"); }
    /** Environment variable that overrides the base URL in {@code fromEnv()}. */
    public Builder baseUrlEnv(String env) { throw new UnsupportedOperationException("TODO"); }
    /** {@code header: [scheme ]key}; {@code scheme} is null for a bare key. */
    public Builder auth(String header, String scheme, String apiKeyEnv) { throw new UnsupportedOperationException("TODO"); }
    public Builder creditsHeader(String header) { throw new UnsupportedOperationException("TODO"); }
    /** Either may be null. */
    public Builder rateLimitHeaders(String retryAfterHeader, String resetAtHeader) { throw new UnsupportedOperationException("TODO"); }
    public Builder v2(V2Protocol protocol) { throw new UnsupportedOperationException("TODO"); }
    public ProviderDescriptor build() { throw new UnsupportedOperationException("TODO"); }
  }
}
