package dev.imagegen.client;

/** The JSON body of a sync call to a model that answers with JSON (Qolaba). */
public final class JsonResponse {}
