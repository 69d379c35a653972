package dev.imagegen.generator.load;

import java.util.List;
import java.util.stream.Collectors;

/** Every problem found in a specs folder. The message is one line per problem. */
public final class SpecException extends Exception {
  private static final long serialVersionUID = 1L;

  private final List<SpecError> errors;

  public SpecException(List<SpecError> errors) {
    super(errors.stream().map(SpecError::toString).collect(Collectors.joining("\n")));
    if (errors.isEmpty()) {
      throw new IllegalArgumentException("a SpecException needs at least one error");
    }
    this.errors = List.copyOf(errors);
  }

  /** In file order, then in document order within a file. */
  public List<SpecError> errors() {
    return errors;
  }
}
