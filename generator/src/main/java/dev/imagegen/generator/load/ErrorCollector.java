package dev.imagegen.generator.load;

import com.fasterxml.jackson.databind.JsonNode;
import dev.imagegen.generator.spec.SpecLocation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Gathers every problem found while loading a specs folder, so that all of them are reported together.
 * Problems come back in file order, then in the order their elements appear in the file. Files may be
 * checked on several threads at once; the problems of one file are found on one thread.
 */
final class ErrorCollector {

  private final List<SpecError> errors = new ArrayList<>();
  private final Map<String, DocumentOrder> documents = new HashMap<>();

  /** Remembers the layout of a parsed file, so its problems can be sorted in document order. */
  synchronized void documentRead(SpecFile file, JsonNode root) {
    documents.put(file.shownAs(), DocumentOrder.of(root));
  }

  synchronized void add(SpecLocation location, String reason) {
    errors.add(new SpecError(location, reason));
  }

  /**
   * How many problems have been found so far; compare two counts to see whether a step found any,
   * on a step that runs while no other file is being checked (a provider file is read before its models).
   */
  synchronized int count() {
    return errors.size();
  }

  /** Every problem: by file, then by position in the file; problems at one position keep the order they were found in. */
  synchronized List<SpecError> sorted() {
    Comparator<SpecError> byFile = Comparator.comparing(e -> e.location().file());
    return errors.stream().sorted(byFile.thenComparingInt(this::position)).toList();
  }

  private int position(SpecError error) {
    DocumentOrder order = documents.get(error.location().file());
    return order == null ? 0 : order.position(error.location().pointer());
  }
}
