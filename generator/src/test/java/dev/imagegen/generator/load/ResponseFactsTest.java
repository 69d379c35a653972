package dev.imagegen.generator.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imagegen.generator.export.TestResources;
import dev.imagegen.generator.spec.ProviderSpec;
import dev.imagegen.generator.spec.ResponseHeader;
import dev.imagegen.generator.spec.ResultFieldsSpec;
import dev.imagegen.generator.spec.ResultMetric;
import dev.imagegen.generator.spec.SegmindV2Spec;
import dev.imagegen.generator.spec.SpecSet;
import dev.imagegen.generator.testing.SpecFolderCopies;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The loader reads a provider's {@code responseHeaders} and {@code async.result} as written, in file
 * order, and leaves out what the spec leaves out; the errors in them are pinned by the malformed corpus.
 */
class ResponseFactsTest {

  private static final Path FIXTURES = TestResources.folder("fixtures/specs");

  @Test
  void declaredHeadersAndResultFieldsAreReadInFileOrderAndNothingElse() throws SpecException {
    ProviderSpec acme = provider(SpecLoader.load(FIXTURES), "acme-labs");

    assertThat(acme.responseHeaders().orElseThrow().names()).containsExactly(
        Map.entry(ResponseHeader.REQUEST_ID, "x-request-id"),
        Map.entry(ResponseHeader.REMAINING_CREDITS, "x-remaining-credits"),
        Map.entry(ResponseHeader.SEED, "x-seed"));
    assertThat(acme.responseHeader(ResponseHeader.COST)).isEmpty();
    ResultFieldsSpec result = result(acme);
    assertThat(result.outputField()).contains("result");
    assertThat(result.seedField()).isEmpty();
    assertThat(result.mediaFields()).containsExactly("images", "video");
    assertThat(result.metricsField()).contains("metrics");
    assertThat(result.metrics()).containsExactly(
        Map.entry(ResultMetric.COST, "cost"), Map.entry(ResultMetric.INFERENCE_TIME, "inference_time"));
    assertThat(result.metric(ResultMetric.QUEUE_TIME)).isEmpty();
    assertThat(provider(SpecLoader.load(FIXTURES), "bolt").responseHeaders()).isEmpty();
  }

  @Test
  void aResultWithoutAnOutputFieldReadsTheDefaultOne(@TempDir Path temp) throws Exception {
    Path specs = SpecFolderCopies.copy(FIXTURES, temp.resolve("specs"));
    Path provider = specs.resolve("acme-labs").resolve("provider.json");
    Files.writeString(provider, Files.readString(provider).replace("\"outputField\": \"result\",", ""));

    ResultFieldsSpec result = result(provider(SpecLoader.load(specs), "acme-labs"));

    assertThat(result.outputField()).isEqualTo(Optional.empty());
    assertThat(result.output()).isEqualTo("output");
    assertThat(result.mediaFields()).containsExactly("images", "video");
  }

  private static ProviderSpec provider(SpecSet specs, String id) {
    return specs.providers().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
  }

  private static ResultFieldsSpec result(ProviderSpec provider) {
    return ((SegmindV2Spec) provider.async().orElseThrow()).result().orElseThrow();
  }
}
