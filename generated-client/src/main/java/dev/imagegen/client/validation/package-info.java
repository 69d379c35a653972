/**
 * Client-side validation: a request is checked against its model's rules before any HTTP call, so that one the
 * spec forbids never leaves the JVM. A model's {@link dev.imagegen.client.validation.ModelRules} (a generated
 * request type's {@code RULES}) hold a {@link dev.imagegen.client.validation.ParameterRule} per parameter, as the
 * spec gives it: its kind, whether it is required, its range, multiple, length, allowed values and image forms. A
 * generated request's {@code build()}, and a {@link dev.imagegen.client.validation.DynamicRequest} made from a map
 * for a client's {@code generate}, {@code submit} or {@code run} by model id, throw a
 * {@link dev.imagegen.client.validation.ValidationException} that lists every
 * {@link dev.imagegen.client.validation.Violation}, each at its JSON Pointer path such as {@code /steps};
 * {@link dev.imagegen.client.validation.RequestValidator#validate} returns them instead.
 */
package dev.imagegen.client.validation;
