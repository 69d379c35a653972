package dev.imagegen.generator.load;

import dev.imagegen.generator.spec.SpecSet;
import java.nio.file.Path;

/**
 * Reads a specs folder ({@code <dir>/<provider>/provider.json} plus one file per model), validates
 * every file against {@code spec.schema.json}, runs the semantic checks, and returns the checked
 * model. Every problem in every file is collected and reported together.
 */
public final class SpecLoader {

  private SpecLoader() {}

  /**
   * The checked specs of {@code specsDir}.
   *
   * @throws SpecException listing every problem, one {@link SpecError} each, when any file is wrong
   */
  public static SpecSet load(Path specsDir) throws SpecException {
    throw new UnsupportedOperationException("TODO");
  }
}
