package dev.imagegen.benchmarks;

import java.util.ArrayList;
import java.util.List;

/** The command that runs a main class of this module in a new JVM: this JVM's {@code java}, and its class path. */
final class ChildJvm {

  private ChildJvm() {}

  /** {@code java <jvmOptions> -cp <this class path> <main> <arguments>}. */
  static List<String> command(List<String> jvmOptions, Class<?> main, String... arguments) {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.addAll(jvmOptions);
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), main.getName()));
    command.addAll(List.of(arguments));
    return command;
  }
}
