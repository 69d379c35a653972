package dev.imagegen.generator.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imagegen.generator.spec.ParameterSpec;
import dev.imagegen.generator.spec.SpecLocation;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A spec's default that breaks its own parameter's constraints is reported in the words the generated
 * client's validator uses for a caller's value that breaks them: for each kind of constraint, the
 * loader's reasons at {@code /default} are the validator's messages for the same value, under a rule
 * with the same constraints. The validator is compiled from the runtime's sources, so a change of
 * wording on either side fails here.
 */
class DefaultWordingTest {

  /** Single quotes keep the cases readable; decimals stay exact, as the loader reads them. */
  private static final ObjectMapper JSON = JsonMapper.builder()
      .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .build();

  private static ClientValidator validator;

  @BeforeAll
  static void compileTheRuntime(@TempDir Path classes) throws Exception {
    validator = ClientValidator.compiledInto(classes);
  }

  @AfterAll
  static void closeTheRuntime() throws Exception {
    validator.close();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "{'type': 'integer', 'minimum': 1, 'maximum': 8, 'default': 0}",
      "{'type': 'integer', 'minimum': 1, 'maximum': 8, 'default': 9}",
      "{'type': 'integer', 'multipleOf': 8, 'default': 1020}",
      "{'type': 'integer', 'minimum': 512, 'maximum': 2048, 'multipleOf': 8, 'default': 100}",
      "{'type': 'number', 'minimum': 0.1, 'maximum': 1, 'default': 0.05}",
      "{'type': 'number', 'minimum': 0, 'maximum': 1.5, 'default': 2.25}",
      "{'type': 'number', 'multipleOf': 0.25, 'default': 0.3}",
      "{'type': 'string', 'minLength': 2, 'default': 'x'}",
      "{'type': 'string', 'maxLength': 5, 'default': 'a bengal tiger'}",
      "{'type': 'string', 'maxLength': 1, 'default': '\uD83D\uDC2F\uD83D\uDC2F'}",
      "{'type': 'enum', 'values': ['DDIM', 'Euler a'], 'default': 'euler a'}",
      "{'type': 'enum', 'values': [512, 768], 'default': 600}",
      "{'type': 'enum', 'values': [512, 768], 'default': '512'}",
      "{'type': 'enum', 'values': ['a', 'b'], 'default': 3}",
      "{'type': 'integer', 'default': 1.5}",
      "{'type': 'integer', 'default': '12'}",
      "{'type': 'integer', 'default': true}",
      "{'type': 'integer', 'default': 100000000000000000000}",
      "{'type': 'number', 'default': '0.5'}",
      "{'type': 'number', 'default': false}",
      "{'type': 'boolean', 'default': 'yes'}",
      "{'type': 'boolean', 'default': 1}",
      "{'type': 'string', 'default': 3}",
  })
  void aBadDefaultReadsAsTheValidatorsMessageForTheSameValue(String json) throws Exception {
    ParameterSpec parameter = parameter(json);
    Object value = parameter.defaultValue().orElseThrow();

    List<String> reasons = loaderReasons(parameter);

    assertThat(reasons).as("the case must break a constraint").isNotEmpty();
    assertThat(reasons).as("the loader's reasons, against the validator's messages").isEqualTo(validator.messages(parameter, value));
  }

  private static ParameterSpec parameter(String json) throws Exception {
    ObjectNode node = (ObjectNode) JSON.readTree(json);
    node.put("description", "A parameter with a default that breaks its constraints.");
    return ParameterReader.read("p", node, SpecLocation.ofFile("specs/acme/m.json").child("parameters").child("p"));
  }

  /** The reasons the loader gives at the parameter's {@code default}. */
  private static List<String> loaderReasons(ParameterSpec parameter) {
    ErrorCollector errors = new ErrorCollector();
    ParameterChecks.check(parameter, errors);
    SpecLocation defaultAt = parameter.location().child("default");
    return errors.sorted().stream().filter(error -> error.location().equals(defaultAt)).map(SpecError::reason).toList();
  }
}
