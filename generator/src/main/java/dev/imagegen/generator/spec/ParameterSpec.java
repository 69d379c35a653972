package dev.imagegen.generator.spec;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * One request parameter of a model and its constraints.
 *
 * <p>Numbers are {@link BigDecimal} so that range and {@code multipleOf} checks are exact. Values
 * ({@code defaultValue} and {@code enumValues}) are {@link String}, {@link Long}, {@link BigDecimal}
 * or {@link Boolean}: a whole number is a {@link Long} even when written {@code 1.0}, as JSON Schema
 * treats it; any other number is a {@link BigDecimal}.
 *
 * @param name the wire name, such as {@code sampler_name}
 * @param enumValues the allowed values of an {@link ParameterType#ENUM}, in spec order; empty otherwise
 * @param imageForms the accepted forms of an {@link ParameterType#IMAGE}; empty otherwise
 * @param note a decision taken where the sources were wrong or silent, for maintainers; nothing generated shows it
 * @param location {@code file#/parameters/<name>}
 */
public record ParameterSpec(
    String name,
    ParameterType type,
    String description,
    boolean required,
    Optional<Object> defaultValue,
    Optional<BigDecimal> minimum,
    Optional<BigDecimal> maximum,
    Optional<BigDecimal> multipleOf,
    OptionalInt minLength,
    OptionalInt maxLength,
    List<Object> enumValues,
    Set<ImageForm> imageForms,
    Optional<String> note,
    SpecLocation location) {

  public ParameterSpec {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(defaultValue, "defaultValue");
    Objects.requireNonNull(minimum, "minimum");
    Objects.requireNonNull(maximum, "maximum");
    Objects.requireNonNull(multipleOf, "multipleOf");
    Objects.requireNonNull(minLength, "minLength");
    Objects.requireNonNull(maxLength, "maxLength");
    enumValues = List.copyOf(enumValues);
    imageForms = Set.copyOf(imageForms);
    Objects.requireNonNull(note, "note");
    Objects.requireNonNull(location, "location");
  }

  /** True for an enum whose values are integers on the wire, such as {@code img_width}. */
  public boolean isIntegerEnum() {
    return type == ParameterType.ENUM
        && !enumValues.isEmpty()
        && enumValues.stream().allMatch(v -> v instanceof Long);
  }
}
