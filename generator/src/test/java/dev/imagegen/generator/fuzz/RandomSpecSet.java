package dev.imagegen.generator.fuzz;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The spec files drawn from one seed, by path relative to the specs folder ({@code <provider>/provider.json},
 * {@code <provider>/<model>.json}), ready to be written as UTF-8 JSON.
 */
record RandomSpecSet(long seed, SortedMap<String, ObjectNode> files) {

  private static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  RandomSpecSet {
    files = new TreeMap<>(files);
  }

  /** Writes every file below {@code specsDir}, which is created; returns the bytes written, as a size for comparing sets. */
  long writeTo(Path specsDir) throws IOException {
    long bytes = 0;
    for (Map.Entry<String, ObjectNode> file : files.entrySet()) {
      Path path = specsDir.resolve(file.getKey());
      Files.createDirectories(path.getParent());
      byte[] json = JSON.writeValueAsString(file.getValue()).getBytes(StandardCharsets.UTF_8);
      Files.write(path, json);
      bytes += json.length;
    }
    return bytes;
  }
}
