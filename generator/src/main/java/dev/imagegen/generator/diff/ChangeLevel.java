package dev.imagegen.generator.diff;

/**
 * How much a spec change matters to the users of the generated client.
 *
 * <ul>
 *   <li>{@link #BREAKING}: code or requests that worked against the old client can fail against the
 *       new one (a method or parameter is gone, a value it accepted is refused, a type changed);
 *   <li>{@link #MINOR}: something new, or a behaviour change that no working caller has to react to
 *       (a new model or optional parameter, a wider range, a new default, a new path or header);
 *   <li>{@link #PATCH}: documentation only (descriptions, notes, titles).
 * </ul>
 */
public enum ChangeLevel {
  BREAKING(Bump.MAJOR),
  MINOR(Bump.MINOR),
  PATCH(Bump.PATCH);

  private final Bump bump;

  ChangeLevel(Bump bump) {
    this.bump = bump;
  }

  /** The version step this level implies on its own. */
  public Bump bump() {
    return bump;
  }
}
