/**
 * Not for users: the machinery generated code calls, such as the HTTP stack, retries, the polling of v2 jobs, the
 * reading of answers into results and exceptions, and the provider descriptors. It is public only so that the
 * generated clients, in packages of their own, can reach it; it may change in any release without notice. Program
 * against {@link dev.imagegen.client}, {@link dev.imagegen.client.error}, {@link dev.imagegen.client.validation}
 * and the generated clients instead.
 */
package dev.imagegen.client.internal;
