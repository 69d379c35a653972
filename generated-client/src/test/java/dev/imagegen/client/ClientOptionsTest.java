package dev.imagegen.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.imagegen.client.testing.TestProviders;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

class ClientOptionsTest {

  private static final String KEY = "sk-live-0123456789";

  private static ClientOptions.Builder<ClientOptions> segmind() {
    return ClientOptions.builder(TestProviders.SEGMIND, Function.identity());
  }

  private static ClientOptions.Builder<ClientOptions> fromEnv(Map<String, String> env) {
    return segmind().fromEnv(env::get);
  }

  @Test
  void theApiKeyComesFromTheProvidersVariable() {
    ClientOptions options = fromEnv(Map.of("SEGMIND_API_KEY", KEY + "\n")).build();
    assertThat(options.apiKey()).isEqualTo(KEY);
    assertThat(options.baseUrl()).isEqualTo("https://api.segmind.com/");
  }

  @Test
  void aMissingKeyNamesTheVariable() {
    assertThatThrownBy(() -> fromEnv(Map.of()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("SEGMIND_API_KEY is not set; export the Segmind API key"
            + " or pass it to the client builder's apiKey(...)");
    assertThatThrownBy(() -> fromEnv(Map.of("SEGMIND_API_KEY", "  ")))
        .hasMessage("SEGMIND_API_KEY is not set; export the Segmind API key"
            + " or pass it to the client builder's apiKey(...)");
  }

  @Test
  void theBaseUrlVariableOverridesTheDefault() {
    ClientOptions options = fromEnv(Map.of("SEGMIND_API_KEY", KEY, "SEGMIND_BASE_URL", "http://localhost:8080/api"))
        .build();
    assertThat(options.baseUrl()).isEqualTo("http://localhost:8080/api/");
  }

  @Test
  void aBadBaseUrlNamesItsSource() {
    assertThatThrownBy(() -> fromEnv(Map.of("SEGMIND_API_KEY", KEY, "SEGMIND_BASE_URL", "localhost:8080")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("SEGMIND_BASE_URL is not an http(s) URL: \"localhost:8080\"");
    assertThatThrownBy(() -> segmind().baseUrl("ftp://example.com"))
        .hasMessage("baseUrl is not an http(s) URL: \"ftp://example.com\"");
    assertThatThrownBy(() -> segmind().apiKey(KEY).baseUrl("https://example.com/api?x=1").build())
        .hasMessage("baseUrl has a query or fragment, which a base URL cannot: \"https://example.com/api?x=1\"");
  }

  @Test
  void aTrailingSlashIsAddedOnce() {
    assertThat(segmind().apiKey(KEY).baseUrl("https://proxy.example.com/segmind").build().baseUrl())
        .isEqualTo("https://proxy.example.com/segmind/");
    assertThat(segmind().apiKey(KEY).baseUrl("https://proxy.example.com/segmind/").build().baseUrl())
        .isEqualTo("https://proxy.example.com/segmind/");
  }

  @Test
  void aKeyIsRequired() {
    assertThatThrownBy(() -> segmind().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("no API key: call apiKey(...) or fromEnv(), which reads SEGMIND_API_KEY");
  }

  @Test
  void aProviderWithoutDefaultNeedsABaseUrl() {
    assertThatThrownBy(() -> ClientOptions.builder(
            dev.imagegen.client.internal.ProviderDescriptor.builder("p").auth("k", null, "P_KEY").baseUrlEnv("P_URL")
                .build(), Function.identity())
        .apiKey(KEY).build())
        .hasMessage("no base URL: call baseUrl(...) or set P_URL");
  }

  @Test
  void keysThatAHeaderCannotCarryAreRefusedWithoutQuotingThem() {
    assertThatThrownBy(() -> segmind().apiKey("sk-abc\ndef"))
        .hasMessage("apiKey holds a character that an HTTP header cannot carry");
    assertThatThrownBy(() -> fromEnv(Map.of("SEGMIND_API_KEY", "sk-é")))
        .hasMessage("SEGMIND_API_KEY holds a character that an HTTP header cannot carry");
    assertThatThrownBy(() -> segmind().apiKey(" ")).hasMessage("apiKey is blank");
  }

  @Test
  void toStringRedactsTheKey() {
    ClientOptions options = segmind().apiKey(KEY).build();
    assertThat(options).hasToString("ClientOptions{provider=segmind, baseUrl=https://api.segmind.com/, apiKey=****,"
        + " httpClient=default, callTimeout=null, connectTimeout=null, readTimeout=null, retryPolicy=" + options.retryPolicy()
        + ", pollInterval=null, maxPollInterval=null, deadline=null}");
  }

  @Test
  void settingsAreKept() {
    OkHttpClient http = new OkHttpClient();
    RetryPolicy retries = RetryPolicy.none();
    ClientOptions options = segmind().apiKey(KEY).httpClient(http)
        .callTimeout(Duration.ofSeconds(1)).connectTimeout(Duration.ofSeconds(2)).readTimeout(Duration.ofSeconds(3))
        .retryPolicy(retries).pollInterval(Duration.ofSeconds(4)).maxPollInterval(Duration.ofSeconds(5))
        .deadline(Duration.ofSeconds(6)).build();
    assertThat(options.httpClient()).containsSame(http);
    assertThat(options.callTimeout()).contains(Duration.ofSeconds(1));
    assertThat(options.connectTimeout()).contains(Duration.ofSeconds(2));
    assertThat(options.readTimeout()).contains(Duration.ofSeconds(3));
    assertThat(options.retryPolicy()).isSameAs(retries);
    assertThat(options.pollInterval()).contains(Duration.ofSeconds(4));
    assertThat(options.maxPollInterval()).contains(Duration.ofSeconds(5));
    assertThat(options.deadline()).contains(Duration.ofSeconds(6));
    assertThat(options.provider()).isSameAs(TestProviders.SEGMIND);
  }

  @Test
  void durationsAreChecked() {
    assertThatThrownBy(() -> segmind().pollInterval(Duration.ZERO)).hasMessage("pollInterval must be positive, got PT0S");
    assertThatThrownBy(() -> segmind().readTimeout(Duration.ofSeconds(-1)))
        .hasMessage("readTimeout must not be negative, got PT-1S");
    assertThatThrownBy(() -> RequestOptions.withTimeout(Duration.ZERO)).hasMessage("timeout must be positive, got PT0S");
  }

  @Test
  void theBuilderHandsTheOptionsToTheClientFactory() {
    String client = ClientOptions.builder(TestProviders.QOLABA, options -> "client of " + options.baseUrl())
        .apiKey(KEY).build();
    assertThat(client).isEqualTo("client of https://api.qolaba.ai/api/v1/");
  }
}
