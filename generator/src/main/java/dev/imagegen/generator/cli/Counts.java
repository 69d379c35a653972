package dev.imagegen.generator.cli;

/** Counted nouns for the CLI's summary lines: {@code 1 model}, {@code 3 models}. */
final class Counts {

  private Counts() {}

  static String of(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
