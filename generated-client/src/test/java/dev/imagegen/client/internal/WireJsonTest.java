package dev.imagegen.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.imagegen.client.ImageInput;
import dev.imagegen.client.testing.TestImageWidth;
import dev.imagegen.client.testing.TestRequest;
import dev.imagegen.client.testing.TestRules;
import dev.imagegen.client.testing.TestSampler;
import dev.imagegen.client.validation.DynamicRequest;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WireJsonTest {

  @Test
  void aRequestIsWrittenAsItsWireMapWithEnumsImagesAndNoNulls() throws JsonProcessingException {
    TestRequest request = TestRequest.of(TestRules.FLUX, "prompt", "a tiger", "steps", 4L, "guidance", 3.5,
        "sampler", TestSampler.EULER, "img_width", TestImageWidth.W_512, "base64", false,
        "image", ImageInput.fromBytes(new byte[] {1, 2, 3}), "width", null);
    assertThat(WireJson.MAPPER.writeValueAsString(request)).isEqualTo(
        "{\"prompt\":\"a tiger\",\"steps\":4,\"guidance\":3.5,\"sampler\":\"euler\",\"img_width\":512,"
            + "\"base64\":false,\"image\":\"AQID\"}");
  }

  @Test
  void aDynamicRequestIsWrittenWithItsFixedFields() throws JsonProcessingException {
    DynamicRequest request = DynamicRequest.of(TestRules.CANNY,
        Map.of("prompt", "edges", "image", "https://x.io/a.png"));
    assertThat(WireJson.MAPPER.writeValueAsString(request)).isEqualTo(
        "{\"app_id\":\"ap-1us0FK21Ach6eiWxo22is8\",\"image\":\"https://x.io/a.png\",\"prompt\":\"edges\"}");
  }
}
