package dev.imagegen.client.validation;

import dev.imagegen.client.WireEnum;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The constraints of one parameter, as the spec gives them. Generated catalogs declare one per
 * parameter; {@link RequestValidator} checks values against them.
 *
 * <pre>{@code
 * ParameterRule width = ParameterRule.builder("width", ParameterRule.Kind.INTEGER)
 *     .minimum("512").maximum("2048").multipleOf("8").build();
 * }</pre>
 */
public final class ParameterRule {

  /** The kind of value a parameter takes. */
  public enum Kind { STRING, INTEGER, NUMBER, BOOLEAN, ENUM, IMAGE }

  /** The forms an image parameter accepts. */
  public enum ImageForm { URL, BASE64 }

  private final String name;
  private final Kind kind;
  private final boolean required;
  private final BigDecimal minimum;
  private final BigDecimal maximum;
  private final BigDecimal multipleOf;
  private final Integer minLength;
  private final Integer maxLength;
  private final List<Object> allowedValues;
  private final Set<ImageForm> imageForms;

  private ParameterRule(Builder builder) {
    this.name = builder.name;
    this.kind = builder.kind;
    this.required = builder.required;
    this.minimum = builder.minimum;
    this.maximum = builder.maximum;
    this.multipleOf = builder.multipleOf;
    this.minLength = builder.minLength;
    this.maxLength = builder.maxLength;
    this.allowedValues = Collections.unmodifiableList(new ArrayList<>(builder.allowedValues));
    this.imageForms = Collections.unmodifiableSet(
        kind == Kind.IMAGE && builder.imageForms.isEmpty() ? EnumSet.allOf(ImageForm.class) : builder.imageForms);
  }

  public static Builder builder(String name, Kind kind) {
    return new Builder(name, kind);
  }

  /** The wire name, such as {@code sampler_name}. */
  public String name() { return name; }

  public Kind kind() { return kind; }

  public boolean required() { return required; }

  /** Inclusive lower bound of an {@link Kind#INTEGER} or {@link Kind#NUMBER}. */
  public Optional<BigDecimal> minimum() { return Optional.ofNullable(minimum); }

  /** Inclusive upper bound of an {@link Kind#INTEGER} or {@link Kind#NUMBER}. */
  public Optional<BigDecimal> maximum() { return Optional.ofNullable(maximum); }

  public Optional<BigDecimal> multipleOf() { return Optional.ofNullable(multipleOf); }

  /** Least length of a {@link Kind#STRING}, in Unicode code points. */
  public OptionalInt minLength() { return minLength == null ? OptionalInt.empty() : OptionalInt.of(minLength); }

  /** Greatest length of a {@link Kind#STRING}, in Unicode code points. */
  public OptionalInt maxLength() { return maxLength == null ? OptionalInt.empty() : OptionalInt.of(maxLength); }

  /** Allowed wire values ({@link String} or {@link Long}) of an {@link Kind#ENUM}; empty otherwise. */
  public List<Object> allowedValues() { return allowedValues; }

  /** True for an {@link Kind#ENUM} whose wire values are integers, such as {@code img_width}. */
  public boolean isIntegerEnum() {
    return kind == Kind.ENUM && allowedValues.get(0) instanceof Long;
  }

  /** The forms an {@link Kind#IMAGE} accepts (both unless the spec restricts them); empty for other kinds. */
  public Set<ImageForm> imageForms() { return imageForms; }

  @Override
  public String toString() {
    return "ParameterRule{" + name + ", " + kind + (required ? ", required" : "") + '}';
  }

  /** Builds a {@link ParameterRule}; bounds are decimal strings so that they stay exact. */
  public static final class Builder {
    private final String name;
    private final Kind kind;
    private boolean required;
    private BigDecimal minimum;
    private BigDecimal maximum;
    private BigDecimal multipleOf;
    private Integer minLength;
    private Integer maxLength;
    private final List<Object> allowedValues = new ArrayList<>();
    private final Set<ImageForm> imageForms = EnumSet.noneOf(ImageForm.class);

    private Builder(String name, Kind kind) {
      if (name == null || name.isEmpty()) {
        throw new IllegalArgumentException("a parameter needs a name");
      }
      if (kind == null) {
        throw new IllegalArgumentException(name + ": kind is null");
      }
      this.name = name;
      this.kind = kind;
    }

    public Builder required() {
      this.required = true;
      return this;
    }

    public Builder minimum(String decimal) {
      this.minimum = decimal("minimum", decimal);
      return this;
    }

    public Builder maximum(String decimal) {
      this.maximum = decimal("maximum", decimal);
      return this;
    }

    public Builder multipleOf(String decimal) {
      this.multipleOf = decimal("multipleOf", decimal);
      return this;
    }

    public Builder minLength(int minLength) {
      this.minLength = length("minLength", minLength);
      return this;
    }

    public Builder maxLength(int maxLength) {
      this.maxLength = length("maxLength", maxLength);
      return this;
    }

    /** Wire values: {@link String}s, or {@link Long}s for an integer enum such as {@code img_width}. */
    public Builder allowedValues(Object... values) {
      for (Object value : values) {
        allowedValues.add(enumValue(value));
      }
      return this;
    }

    /**
     * The wire values of a generated enum's constants, in order. Generated rules pass {@code values()},
     * so each value is written once.
     */
    public Builder allowedValuesOf(WireEnum... constants) {
      for (WireEnum constant : constants) {
        allowedValues.add(enumValue(constant.wireValue()));
      }
      return this;
    }

    public Builder imageForms(ImageForm... forms) {
      imageForms.addAll(Arrays.asList(forms));
      return this;
    }

    public ParameterRule build() {
      boolean numeric = kind == Kind.INTEGER || kind == Kind.NUMBER;
      requireOnly(numeric, minimum != null || maximum != null || multipleOf != null, "minimum, maximum and multipleOf",
          "INTEGER and NUMBER");
      requireOnly(kind == Kind.STRING, minLength != null || maxLength != null, "minLength and maxLength", "STRING");
      requireOnly(kind == Kind.ENUM, !allowedValues.isEmpty(), "allowedValues", "ENUM");
      requireOnly(kind == Kind.IMAGE, !imageForms.isEmpty(), "imageForms", "IMAGE");
      if (kind == Kind.ENUM && allowedValues.isEmpty()) {
        throw new IllegalArgumentException(name + ": an ENUM needs allowedValues");
      }
      if (allowedValues.stream().map(Object::getClass).distinct().count() > 1) {
        throw new IllegalArgumentException(name + ": allowedValues mix strings and integers: " + allowedValues);
      }
      if (minimum != null && maximum != null && minimum.compareTo(maximum) > 0) {
        throw new IllegalArgumentException(name + ": minimum " + Decimals.plain(minimum)
            + " is above maximum " + Decimals.plain(maximum));
      }
      if (multipleOf != null && multipleOf.signum() <= 0) {
        throw new IllegalArgumentException(name + ": multipleOf must be positive, got " + Decimals.plain(multipleOf));
      }
      if (minLength != null && maxLength != null && minLength > maxLength) {
        throw new IllegalArgumentException(name + ": minLength " + minLength + " is above maxLength " + maxLength);
      }
      return new ParameterRule(this);
    }

    private void requireOnly(boolean kindAllows, boolean given, String what, String kinds) {
      if (given && !kindAllows) {
        throw new IllegalArgumentException(name + ": " + what + " apply to " + kinds + " only, not " + kind);
      }
    }

    private BigDecimal decimal(String what, String decimal) {
      try {
        return new BigDecimal(decimal);
      } catch (NumberFormatException | NullPointerException e) {
        throw new IllegalArgumentException(name + ": " + what + " is not a decimal number: " + decimal, e);
      }
    }

    private Integer length(String what, int length) {
      if (length < 0) {
        throw new IllegalArgumentException(name + ": " + what + " must not be negative, got " + length);
      }
      return length;
    }

    private Object enumValue(Object value) {
      if (value instanceof String || value instanceof Long) {
        return value;
      }
      if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
        return ((Number) value).longValue();
      }
      throw new IllegalArgumentException(name + ": an allowed value must be a String or a Long, got " + value);
    }
  }
}
