package dev.imagegen.contract.gen;

import static org.quicktheories.generators.SourceDSL.integers;

import dev.imagegen.generator.spec.ParameterSpec;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Valid values of one parameter, in each Java type the dynamic {@code run(modelId, params)} accepts
 * for it: an integer as a {@link Long}, {@link Integer}, {@link BigInteger}, whole {@link BigDecimal}
 * or whole {@link Double}; a number as a {@link Double}, {@link BigDecimal} or {@link Long}; and so on.
 */
final class ParameterValues {

  /** Strings without a length limit get at most this many code points. */
  private static final int DEFAULT_MAX_LENGTH = 30;
  /** Whole doubles are exact up to 2^53. */
  private static final BigDecimal DOUBLE_EXACT_LIMIT = BigDecimal.valueOf(1L << 53);

  private ParameterValues() {}

  static Gen<Object> valid(ParameterSpec parameter) {
    return switch (parameter.type()) {
      case STRING -> Texts.prompts(parameter.minLength().orElse(0), parameter.maxLength().orElse(DEFAULT_MAX_LENGTH))
          .map(text -> text);
      case INTEGER -> Numbers.valid(parameter, true).flatMap(ParameterValues::integerForms);
      case NUMBER -> Numbers.valid(parameter, false).flatMap(ParameterValues::numberForms);
      case BOOLEAN -> Generate.booleans().map(flag -> flag);
      case ENUM -> Generate.pick(parameter.enumValues()).flatMap(value ->
          value instanceof Long number ? integerForms(BigDecimal.valueOf(number)) : Generate.constant(value));
      case IMAGE -> Images.valid(parameter);
    };
  }

  private static Gen<Object> integerForms(BigDecimal value) {
    List<Function<BigDecimal, Object>> forms = new ArrayList<>(List.of(BigDecimal::longValueExact, BigDecimal::toBigIntegerExact,
        whole -> whole.setScale(1)));
    if (value.abs().compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) <= 0) {
      forms.add(BigDecimal::intValueExact);
    }
    if (value.abs().compareTo(DOUBLE_EXACT_LIMIT) <= 0) {
      forms.add(BigDecimal::doubleValue);
    }
    return pickForm(forms, value);
  }

  private static Gen<Object> numberForms(BigDecimal value) {
    List<Function<BigDecimal, Object>> forms = new ArrayList<>(List.of(BigDecimal::doubleValue, decimal -> decimal));
    if (value.scale() <= 0) {
      forms.add(BigDecimal::longValueExact);
    }
    return pickForm(forms, value);
  }

  private static Gen<Object> pickForm(List<Function<BigDecimal, Object>> forms, BigDecimal value) {
    return integers().between(0, forms.size() - 1).map(index -> forms.get(index).apply(value));
  }
}
