package dev.imagegen.generator.fuzz;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A drawn {@code provider.json} and what its models must follow: the async flow only when the provider
 * has an async block; one kind of sync answer (images or JSON); fixed fields that tell models apart when
 * the sync path has no {@code {model}}.
 */
record ProviderDraft(String id, ObjectNode json, boolean hasAsync, boolean syncPathHasModel, boolean answersJson) {}
