package dev.imagegen.generator.fuzz;

/**
 * The random sources of one spec set, which every part's generator shares: plain choices, hostile text
 * and hostile names, all from one seed.
 */
record SetDraws(Draw draw, NastyText text, SpecNames names) {

  /** The sources of the set with this {@code seed}. */
  static SetDraws of(long seed) {
    Draw draw = new Draw(seed);
    return new SetDraws(draw, new NastyText(draw), new SpecNames(draw));
  }
}
