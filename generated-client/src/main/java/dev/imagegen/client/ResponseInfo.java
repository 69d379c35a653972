package dev.imagegen.client;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import okhttp3.Headers;

/** The status and headers of an HTTP answer, for what the typed results do not cover. */
public final class ResponseInfo {

  /** Headers that commonly carry a request id, tried in order. */
  private static final List<String> REQUEST_ID_HEADERS = List.of("x-request-id", "request-id");

  private final int status;
  private final Headers headers;

  /** Made by the runtime, through {@code RuntimeAccess}. */
  ResponseInfo(int status, Headers headers) {
    this.status = status;
    this.headers = headers;
  }

  /** The HTTP status code. */
  public int status() {
    return status;
  }

  /** Every header, names in lower case. */
  public Map<String, List<String>> headers() {
    return headers.toMultimap();
  }

  /** The first value of header {@code name}, ignoring case. */
  public Optional<String> header(String name) {
    return Optional.ofNullable(headers.get(name));
  }

  /** The request id, when a header such as {@code x-request-id} carries one. */
  public Optional<String> requestId() {
    return REQUEST_ID_HEADERS.stream().map(headers::get).filter(value -> value != null).findFirst();
  }

  @Override
  public String toString() {
    return "ResponseInfo{status=" + status + ", headers=" + headers.names() + '}';
  }
}
