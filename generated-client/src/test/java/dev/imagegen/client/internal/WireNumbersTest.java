package dev.imagegen.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Numbers the server sends read as absent, never as an error, when they are out of range. */
class WireNumbersTest {

  private static JsonNode json(String text) throws Exception {
    return WireJson.MAPPER.readTree(text);
  }

  @Test
  void aNumberNoDoubleHoldsIsAbsent() throws Exception {
    assertThat(WireNumbers.decimal(json("1E+400"))).isEmpty();
    assertThat(WireNumbers.decimal(json("-1E+400"))).isEmpty();
    assertThat(WireNumbers.decimal(json("\"1E+400\""))).contains(new BigDecimal("1E+400"));
  }

  @Test
  void secondsPastWhatADurationHoldsAreAbsent() {
    assertThat(WireNumbers.seconds(new BigDecimal("1E+999999999"))).isEmpty();
    assertThat(WireNumbers.seconds(new BigDecimal("9223372036.854775807"))).contains(Duration.ofNanos(Long.MAX_VALUE));
    assertThat(WireNumbers.seconds(new BigDecimal("9223372036.854775808"))).isEmpty();
    assertThat(WireNumbers.seconds(new BigDecimal("-0.5"))).isEmpty();
    assertThat(WireNumbers.seconds(new BigDecimal("1.25"))).contains(Duration.ofMillis(1250));
  }

  @Test
  void aWholeNumberMustFitALong() {
    assertThat(WireNumbers.wholeNumber(new BigDecimal("1E+999999999"))).isEmpty();
    assertThat(WireNumbers.wholeNumber(new BigDecimal("12E+3"))).contains(12_000L);
    assertThat(WireNumbers.wholeNumber(new BigDecimal("1.5"))).isEmpty();
  }
}
