package dev.imagegen.generator.spec;

/** The ways a model can be called. */
public enum Flow {
  /** One request that returns the output (Segmind v1, Qolaba's direct call). */
  SYNC,
  /** Submit, then poll for the outcome (Segmind v2, Qolaba's celery queue). */
  ASYNC
}
