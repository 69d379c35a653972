package dev.imagegen.client;

/** The output of a sync call: image bytes (decoded when the server sent base64), content type, remaining credits. */
public final class GeneratedImage {}
