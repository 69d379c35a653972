package dev.imagegen.contract.mock;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One answer a stub gives, with the role it plays, so that the stub audit can check it against the
 * spec before WireMock serves it.
 *
 * @param body the bytes sent; empty for a fault
 * @param fault the broken connection sent instead of an answer; null for an answer
 * @param delay how long the server waits before it answers; zero for at once
 */
public record Reply(Role role, int status, Map<String, String> headers, byte[] body, Fault fault, Duration delay) {

  public static final String CONTENT_TYPE = "Content-Type";
  static final String JSON = "application/json";
  private static final ObjectMapper MAPPER = new ObjectMapper();

  public Reply {
    headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    Objects.requireNonNull(delay, "delay");
  }

  /** A JSON answer, written compactly so that its text is predictable. */
  public static Reply json(Role role, int status, JsonNode body) {
    return new Reply(role, status, Map.of(CONTENT_TYPE, JSON), text(body).getBytes(StandardCharsets.UTF_8), null, Duration.ZERO);
  }

  /** An answer of {@code contentType} carrying {@code body} byte for byte. */
  public static Reply bytes(Role role, int status, String contentType, byte[] body) {
    return new Reply(role, status, Map.of(CONTENT_TYPE, contentType), body.clone(), null, Duration.ZERO);
  }

  public static Reply fault(Fault fault) {
    return new Reply(Role.FAULT, 0, Map.of(), new byte[0], fault, Duration.ZERO);
  }

  public Reply withHeader(String name, String value) {
    Map<String, String> more = new LinkedHashMap<>(headers);
    more.put(name, value);
    return new Reply(role, status, more, body, fault, delay);
  }

  /** This answer, sent only after {@code wait} (real time: the client's timeouts run on the wall clock). */
  public Reply delayedBy(Duration wait) {
    return new Reply(role, status, headers, body, fault, wait);
  }

  /** The body as text, as an error message would quote it. */
  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }

  /** The body as JSON, when it is JSON. */
  public Optional<JsonNode> json() {
    if (!JSON.equals(headers.get(CONTENT_TYPE))) {
      return Optional.empty();
    }
    try {
      return Optional.of(MAPPER.readTree(body));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  ResponseDefinitionBuilder toResponse() {
    if (fault != null) {
      return aResponse().withFault(fault);
    }
    ResponseDefinitionBuilder response = aResponse().withStatus(status).withBody(body)
        .withFixedDelay(Math.toIntExact(delay.toMillis()));
    headers.forEach(response::withHeader);
    return response;
  }

  /** Compact JSON text. */
  public static String text(JsonNode json) {
    try {
      return MAPPER.writeValueAsString(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public String toString() {
    if (fault != null) {
      return role + " " + fault;
    }
    return role + " " + status + " " + headers + " " + json().map(Reply::text).orElse(body.length + " bytes")
        + (delay.isZero() ? "" : " after " + delay.toMillis() + " ms");
  }
}
