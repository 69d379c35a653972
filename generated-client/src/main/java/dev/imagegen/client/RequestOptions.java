package dev.imagegen.client;

/** Per-call settings such as a timeout, overriding the client's. */
public final class RequestOptions {
  public static RequestOptions defaults() { throw new UnsupportedOperationException("TODO"); }
}
