package dev.imagegen.generator.emit;

import dev.imagegen.generator.spec.ModelSpec;
import dev.imagegen.generator.spec.ProviderSpec;
import java.math.BigDecimal;

/** Spec text made safe for Javadoc, and spec values written as readers of Javadoc expect them. */
final class JavadocText {

  /** Appended to the Javadoc of each call's overload that takes {@code RequestOptions}. */
  static final String OPTIONS_PARAGRAPH = "\n\n<p>{@code options} override the client's settings for this call.";

  private JavadocText() {}

  /**
   * {@code text} with the characters that Javadoc or a comment would interpret escaped as HTML
   * entities. Backslashes go too: javac reads a backslash and a {@code u} as a Unicode escape even
   * in a comment, so a description holding a Windows path would not compile.
   */
  static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("\\", "&#92;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("@", "&#64;")
        .replace("*/", "*&#47;");
  }

  /**
   * The {@code @see} tag linking the model's documentation page (its spec's {@code source}), ending
   * with a line break. The loader has checked that the source parses as a URL, so it holds no quote.
   */
  static String sourceLink(ProviderSpec provider, ModelSpec model) {
    return "@see <a href=\"" + escape(model.source()) + "\">The " + escape(provider.title()) + " documentation of "
        + escape(model.title()) + "</a>\n";
  }

  /** A spec value as prose: strings quoted, numbers exactly as in the spec. */
  static String value(Object value) {
    if (value instanceof String) {
      return escape("\"" + value + "\"");
    }
    if (value instanceof BigDecimal) {
      return ((BigDecimal) value).toPlainString();
    }
    return String.valueOf(value);
  }
}
