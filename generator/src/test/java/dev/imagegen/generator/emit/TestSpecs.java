package dev.imagegen.generator.emit;

import dev.imagegen.generator.load.SpecException;
import dev.imagegen.generator.load.SpecLoader;
import dev.imagegen.generator.spec.SpecSet;
import java.nio.file.Path;

/** The spec folders the emitter tests read: the small fixture and the project's real specs. */
final class TestSpecs {

  /** Two fixture providers exercising every parameter type, both flows, JSON answers and fixed fields. */
  static final Path FIXTURES = Path.of("src/test/resources/fixtures/specs");

  /**
   * Valid specs at the edges: parameters named like the types and locals of generated code (enums
   * called {@code String}, {@code Number} or {@code Override}), a model id with a leading digit, models
   * named like client members, a signed integer enum, a Windows path in a description, and fixed
   * fields that no {@code double} holds.
   */
  static final Path UNUSUAL = Path.of("src/test/resources/fixtures/unusual");

  private TestSpecs() {}

  static SpecSet fixtures() throws SpecException {
    return SpecLoader.load(FIXTURES);
  }

  static SpecSet unusual() throws SpecException {
    return SpecLoader.load(UNUSUAL);
  }

  /** The project's {@code specs/} folder, passed by surefire as {@code imagegen.specs}. */
  static Path realSpecsDir() {
    return Path.of(requiredProperty("imagegen.specs"));
  }

  static SpecSet real() throws SpecException {
    return SpecLoader.load(realSpecsDir());
  }

  static String requiredProperty(String name) {
    String value = System.getProperty(name);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException("system property " + name + " is not set; run the tests through Maven");
    }
    return value;
  }
}
