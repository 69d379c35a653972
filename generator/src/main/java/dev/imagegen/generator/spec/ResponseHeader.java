package dev.imagegen.generator.spec;

/**
 * A fact a provider's successful sync answer carries in a header, as named in the spec's
 * {@code responseHeaders}.
 */
public enum ResponseHeader {
  /** The id the server gave the request, such as {@code x-request-id}. */
  REQUEST_ID("requestId"),
  /** What the call cost, in credits, such as {@code x-cost}. */
  COST("cost"),
  /** The account's credits after the call, such as {@code x-remaining-credits}. */
  REMAINING_CREDITS("remainingCredits"),
  /** The server's generation time, in seconds, such as {@code x-generation-time}. */
  GENERATION_TIME("generationTime"),
  /** The seed the call used, such as {@code x-seed-value}. */
  SEED("seed");

  private final String specName;

  ResponseHeader(String specName) {
    this.specName = specName;
  }

  /** The field of {@code responseHeaders} that names this header, such as {@code remainingCredits}. */
  public String specName() {
    return specName;
  }
}
