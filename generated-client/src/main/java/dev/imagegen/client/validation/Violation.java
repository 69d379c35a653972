package dev.imagegen.client.validation;

/** One broken constraint: a JSON Pointer path such as {@code /steps} and what is wrong there. */
public final class Violation {}
