package dev.imagegen.contract.spec;

import dev.imagegen.generator.spec.SegmindV2Spec;
import dev.imagegen.generator.spec.StatusOutcome;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a status value as a server sends it means by the spec: a value the spec lists matches
 * regardless of case and surrounding whitespace ({@code " done"} is {@code DONE}); any other value is
 * not listed (README, "Statuses the spec does not list").
 */
public final class StatusVocabulary {

  private StatusVocabulary() {}

  /** The outcome the spec gives {@code value}; empty for a value it does not list. */
  public static Optional<StatusOutcome> outcomeOf(SegmindV2Spec v2, String value) {
    StatusOutcome exact = v2.statuses().get(value);
    if (exact != null) {
      return Optional.of(exact);
    }
    String normalized = normalized(value);
    return v2.statuses().entrySet().stream().filter(listed -> normalized(listed.getKey()).equals(normalized))
        .map(Map.Entry::getValue).findFirst();
  }

  /** Without the whitespace around it, in upper case. */
  private static String normalized(String value) {
    return value.trim().toUpperCase(Locale.ROOT);
  }
}
