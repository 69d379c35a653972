package dev.imagegen.generator.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.UncheckedIOException;

/**
 * Writes exported JSON the same way on every machine: two-space indent, {@code \n} line ends (never
 * the platform's), keys in the order they were put, and a final newline. Equal trees give equal
 * bytes, so exports can be committed and diffed.
 */
public final class JsonText {

  private static final DefaultIndenter INDENTER = new DefaultIndenter("  ", "\n");
  private static final ObjectWriter WRITER =
      new ObjectMapper()
          .writer(
              new DefaultPrettyPrinter()
                  .withSeparators(
                      Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                  .withObjectIndenter(INDENTER)
                  .withArrayIndenter(INDENTER));

  private JsonText() {}

  /** The text of {@code tree}, ending with a newline. */
  public static String write(JsonNode tree) {
    try {
      return WRITER.writeValueAsString(tree) + "\n";
    } catch (JsonProcessingException e) {
      // A tree of plain nodes always serialises; anything else is a bug here.
      throw new UncheckedIOException(e);
    }
  }
}
