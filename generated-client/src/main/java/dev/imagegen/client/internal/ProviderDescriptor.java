package dev.imagegen.client.internal;

import java.util.Objects;
import java.util.Optional;

/**
 * What the runtime needs to know of a provider, declared by its generated client from the provider spec.
 *
 * <pre>{@code
 * ProviderDescriptor segmind = ProviderDescriptor.builder("segmind").title("Segmind")
 *     .defaultBaseUrl("https://api.segmind.com").baseUrlEnv("SEGMIND_BASE_URL")
 *     .auth("x-api-key", null, "SEGMIND_API_KEY")
 *     .build();
 * }</pre>
 */
public final class ProviderDescriptor {

  private final String id;
  private final String title;
  private final String defaultBaseUrl;
  private final String baseUrlEnv;
  private final String authHeader;
  private final String authScheme;
  private final String apiKeyEnv;
  private final String requestIdHeader;
  private final String costHeader;
  private final String creditsHeader;
  private final String generationTimeHeader;
  private final String seedHeader;
  private final String retryAfterHeader;
  private final String resetAtHeader;
  private final String taskIdField;
  private final V2Protocol v2;

  private ProviderDescriptor(Builder builder) {
    this.id = builder.id;
    this.title = builder.title == null ? builder.id : builder.title;
    this.defaultBaseUrl = builder.defaultBaseUrl;
    this.baseUrlEnv = builder.baseUrlEnv;
    this.authHeader = builder.authHeader;
    this.authScheme = builder.authScheme;
    this.apiKeyEnv = builder.apiKeyEnv;
    this.requestIdHeader = builder.requestIdHeader;
    this.costHeader = builder.costHeader;
    this.creditsHeader = builder.creditsHeader;
    this.generationTimeHeader = builder.generationTimeHeader;
    this.seedHeader = builder.seedHeader;
    this.retryAfterHeader = builder.retryAfterHeader;
    this.resetAtHeader = builder.resetAtHeader;
    this.taskIdField = builder.taskIdField;
    this.v2 = builder.v2;
  }

  public static Builder builder(String id) {
    return new Builder(id);
  }

  /** The provider id, such as {@code segmind}. */
  public String id() { return id; }

  /** The provider's name for people, such as {@code Segmind}; the id when none was given. */
  public String title() { return title; }

  /** The base URL used when neither the builder nor the environment sets one. */
  public Optional<String> defaultBaseUrl() { return Optional.ofNullable(defaultBaseUrl); }

  /** The environment variable that overrides the base URL in {@code fromEnv()}. */
  public Optional<String> baseUrlEnv() { return Optional.ofNullable(baseUrlEnv); }

  /** The request header that carries the key, such as {@code x-api-key} or {@code Authorization}. */
  public String authHeader() { return authHeader; }

  /** The scheme before the key, such as {@code Bearer}; empty for a bare key. */
  public Optional<String> authScheme() { return Optional.ofNullable(authScheme); }

  /** The environment variable that holds the API key, such as {@code SEGMIND_API_KEY}. */
  public String apiKeyEnv() { return apiKeyEnv; }

  /** The response header with the request id of a sync call, such as {@code x-request-id}. */
  public Optional<String> requestIdHeader() { return Optional.ofNullable(requestIdHeader); }

  /** The response header with what a sync call cost, in credits, such as {@code x-cost}. */
  public Optional<String> costHeader() { return Optional.ofNullable(costHeader); }

  /** The response header with the account's remaining credits. */
  public Optional<String> creditsHeader() { return Optional.ofNullable(creditsHeader); }

  /** The response header with the server's generation time of a sync call, in seconds. */
  public Optional<String> generationTimeHeader() { return Optional.ofNullable(generationTimeHeader); }

  /** The response header with the seed a sync call used, such as {@code x-seed-value}. */
  public Optional<String> seedHeader() { return Optional.ofNullable(seedHeader); }

  /** The response header with a wait in seconds or an HTTP date; {@code Retry-After} unless declared otherwise. */
  public Optional<String> retryAfterHeader() { return Optional.ofNullable(retryAfterHeader); }

  /** The response header with the instant a rate limit resets, such as {@code x-rate-limit-reset-at-utc}. */
  public Optional<String> resetAtHeader() { return Optional.ofNullable(resetAtHeader); }

  /** The field of a sync JSON answer that holds the task id of a queued request, such as Qolaba's {@code task_id}. */
  public Optional<String> taskIdField() { return Optional.ofNullable(taskIdField); }

  /** The submit-poll-result protocol, when the provider has one. */
  public Optional<V2Protocol> v2() { return Optional.ofNullable(v2); }

  @Override
  public String toString() {
    return "ProviderDescriptor{" + id + ", auth=" + authHeader + ", apiKeyEnv=" + apiKeyEnv + '}';
  }

  /** Builds a {@link ProviderDescriptor}. */
  public static final class Builder {
    private final String id;
    private String title;
    private String defaultBaseUrl;
    private String baseUrlEnv;
    private String authHeader;
    private String authScheme;
    private String apiKeyEnv;
    private String requestIdHeader;
    private String costHeader;
    private String creditsHeader;
    private String generationTimeHeader;
    private String seedHeader;
    private String retryAfterHeader = "Retry-After";
    private String resetAtHeader;
    private String taskIdField;
    private V2Protocol v2;

    private Builder(String id) {
      this.id = Objects.requireNonNull(id, "id");
    }

    public Builder title(String title) {
      this.title = title;
      return this;
    }

    public Builder defaultBaseUrl(String url) {
      this.defaultBaseUrl = url;
      return this;
    }

    /** Environment variable that overrides the base URL in {@code fromEnv()}. */
    public Builder baseUrlEnv(String env) {
      this.baseUrlEnv = env;
      return this;
    }

    /** {@code header: [scheme ]key}; {@code scheme} is null for a bare key. */
    public Builder auth(String header, String scheme, String apiKeyEnv) {
      this.authHeader = Objects.requireNonNull(header, "header");
      this.authScheme = scheme;
      this.apiKeyEnv = Objects.requireNonNull(apiKeyEnv, "apiKeyEnv");
      return this;
    }

    public Builder requestIdHeader(String header) {
      this.requestIdHeader = header;
      return this;
    }

    public Builder costHeader(String header) {
      this.costHeader = header;
      return this;
    }

    public Builder creditsHeader(String header) {
      this.creditsHeader = header;
      return this;
    }

    public Builder generationTimeHeader(String header) {
      this.generationTimeHeader = header;
      return this;
    }

    public Builder seedHeader(String header) {
      this.seedHeader = header;
      return this;
    }

    /** Either may be null. */
    public Builder rateLimitHeaders(String retryAfterHeader, String resetAtHeader) {
      this.retryAfterHeader = retryAfterHeader;
      this.resetAtHeader = resetAtHeader;
      return this;
    }

    public Builder taskIdField(String field) {
      this.taskIdField = field;
      return this;
    }

    public Builder v2(V2Protocol protocol) {
      this.v2 = protocol;
      return this;
    }

    public ProviderDescriptor build() {
      if (authHeader == null) {
        throw new IllegalStateException("provider " + id + " needs auth(header, scheme, apiKeyEnv)");
      }
      return new ProviderDescriptor(this);
    }
  }
}
