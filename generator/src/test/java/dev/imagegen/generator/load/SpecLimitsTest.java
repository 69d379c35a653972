package dev.imagegen.generator.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/** The limits the schema states for one file are those {@link SpecLimits} names. */
class SpecLimitsTest {

  @Test
  void theSchemaStatesTheSameLimits() throws Exception {
    JsonNode schema;
    try (InputStream in = SpecLimits.class.getResourceAsStream("spec.schema.json")) {
      schema = new ObjectMapper().readTree(in);
    }
    JsonNode defs = schema.get("$defs");
    assertThat(defs.at("/identifier/maxLength").asInt()).isEqualTo(SpecLimits.ID_LENGTH);
    assertThat(defs.at("/model/properties/parameters/maxProperties").asInt()).isEqualTo(SpecLimits.PARAMETERS_PER_MODEL);
    assertThat(defs.at("/parameter/properties/values/maxItems").asInt()).isEqualTo(SpecLimits.ENUM_VALUES);
  }
}
