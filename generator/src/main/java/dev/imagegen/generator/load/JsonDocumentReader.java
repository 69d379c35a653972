package dev.imagegen.generator.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

/** Parses a spec file into a JSON tree; a file that is not one JSON value is reported with its line and column. */
final class JsonDocumentReader {

  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          // Decimals stay exact: 0.45 must not become 0.4500000000000000111.
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  /** Jackson's advice to enable a parser feature, such as for {@code NaN} or comments: a spec is plain JSON. */
  private static final String JACKSON_ADVICE =
      ": enable `[^`]+` to allow$| \\(not recognized as one since Feature '[^']+' not enabled for parser\\)";

  private JsonDocumentReader() {}

  /** The tree of {@code file}, or empty after reporting why it cannot be read as JSON. */
  static Optional<JsonNode> read(SpecFile file, ErrorCollector errors) {
    try {
      JsonNode root = MAPPER.readTree(file.path().toFile());
      if (root.isMissingNode()) {
        errors.add(file.location(), "the file is empty; a spec is a JSON object");
        return Optional.empty();
      }
      errors.documentRead(file, root);
      return Optional.of(root);
    } catch (JsonProcessingException e) {
      errors.add(file.location(), describe(e));
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read a spec file", e);
    }
  }

  private static String describe(JsonProcessingException e) {
    JsonLocation where = e.getLocation();
    // Reading a tree, the only mismatch left is content after the first value.
    String what = e instanceof MismatchedInputException
        ? "more content after the end of the JSON value"
        : e.getOriginalMessage().replaceAll("\\s+", " ").replaceAll(JACKSON_ADVICE, "");
    return where == null ? what : "line " + where.getLineNr() + ", column " + where.getColumnNr() + ": " + what;
  }
}
