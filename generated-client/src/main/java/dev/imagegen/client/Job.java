package dev.imagegen.client;

/** A submitted v2 job: its request id at once, then status, await and future. */
public final class Job {}
