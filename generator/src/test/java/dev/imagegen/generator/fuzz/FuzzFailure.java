package dev.imagegen.generator.fuzz;

/**
 * One way a spec set broke the generator.
 *
 * @param kind what went wrong, without the details of this set, so that equal kinds can be grouped,
 *     such as {@code javac error compiler.err.illegal.char}
 * @param seed the seed of the spec set
 * @param setBytes the size of the set's files in bytes, to show the smallest set of a kind
 * @param detail the first lines of the error, and the spec file or generated line behind it
 */
record FuzzFailure(String kind, long seed, long setBytes, String detail) {

  /** The command that draws and runs this set alone. */
  String replayCommand() {
    return "mvn -B test -pl generator -Dtest=SpecSetFuzzTest -Dfuzz.seed=" + seed + " -Dfuzz.sets=1";
  }

  /** The kind, the seed, the replay command and the details, for the test's report. */
  String describe() {
    return kind + "\n  seed " + seed + " (" + setBytes + " bytes of specs); replay: " + replayCommand()
        + "\n  " + detail.replace("\n", "\n  ");
  }
}
