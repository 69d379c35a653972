package dev.imagegen.client.validation;

import java.math.BigDecimal;
import java.util.List;

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

  public static Builder builder(String name, Kind kind) {
    throw new UnsupportedOperationException("TODO");
  }

  public String name() { throw new UnsupportedOperationException("TODO"); }
  public Kind kind() { throw new UnsupportedOperationException("TODO"); }
  public boolean required() { throw new UnsupportedOperationException("TODO"); }
  /** Allowed wire values ({@link String} or {@link Long}) of an {@link Kind#ENUM}; empty otherwise. */
  public List<Object> allowedValues() { throw new UnsupportedOperationException("TODO"); }

  /** Builds a {@link ParameterRule}; bounds are decimal strings so that they stay exact. */
  public static final class Builder {
    public Builder required() { throw new UnsupportedOperationException("TODO"); }
    public Builder minimum(String decimal) { throw new UnsupportedOperationException("TODO"); }
    public Builder maximum(String decimal) { throw new UnsupportedOperationException("TODO"); }
    public Builder multipleOf(String decimal) { throw new UnsupportedOperationException("TODO"); }
    public Builder minLength(int minLength) { throw new UnsupportedOperationException("TODO"); }
    public Builder maxLength(int maxLength) { throw new UnsupportedOperationException("TODO"); }
    /** Wire values: {@link String}s, or {@link Long}s for an integer enum such as {@code img_width}. */
    public Builder allowedValues(Object... values) { throw new UnsupportedOperationException("TODO"); }
    public Builder imageForms(ImageForm... forms) { throw new UnsupportedOperationException("TODO"); }
    public ParameterRule build() { throw new UnsupportedOperationException("TODO"); }
  }
}
