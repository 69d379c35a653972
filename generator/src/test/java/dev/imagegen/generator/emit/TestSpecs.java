package dev.imagegen.generator.emit;

import dev.imagegen.generator.load.SpecException;
import dev.imagegen.generator.load.SpecLoader;
import dev.imagegen.generator.spec.SpecSet;
import java.nio.file.Path;

/** The spec folders the emitter tests read: the small fixture and the project's real specs. */
final class TestSpecs {

  /** Two fixture providers exercising every parameter type, both flows, JSON answers and fixed fields. */
  static final Path FIXTURES = Path.of("src/test/resources/fixtures/specs");

  private TestSpecs() {}

  static SpecSet fixtures() throws SpecException {
    return SpecLoader.load(FIXTURES);
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
