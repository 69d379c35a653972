package dev.imagegen.client;

/** The result of a completed v2 job. */
public final class InferenceResult {}
