package dev.imagegen.generator.export.wiremock;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/**
 * Builds one stub mapping in WireMock's JSON format, with its keys always in the same order:
 * {@code name}, {@code priority}, the scenario fields, {@code request}, {@code response}.
 *
 * <p>Priorities: 1 is tried first. A specific valid request beats a plain valid one, which beats
 * the catch-alls for a missing key, an invalid body and an unknown request id.
 */
final class Mapping {

  /** A valid request with a marker that asks for a different answer, such as {@code celery: true}. */
  static final int SPECIFIC = 1;
  static final int VALID = 2;
  static final int UNAUTHORIZED = 3;
  static final int INVALID_BODY = 5;
  static final int UNKNOWN_REQUEST = 9;

  /** The state every WireMock scenario starts in. */
  static final String STARTED = "Started";

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final String title;
  private final int priority;
  private final ObjectNode request = NODES.objectNode();
  private final ObjectNode response = NODES.objectNode();
  private String scenario;
  private Optional<String> requiredState = Optional.empty();
  private Optional<String> newState = Optional.empty();

  private Mapping(String title, int priority, String method) {
    this.title = title;
    this.priority = priority;
    request.put("method", method);
  }

  /** A mapping for requests with HTTP method {@code method}, described by {@code title} in WireMock's admin views. */
  static Mapping of(String title, int priority, String method) {
    return new Mapping(title, priority, method);
  }

  /** Takes part in {@code scenario}: matches only in {@code requiredState} (any state if empty), then moves to {@code newState}. */
  Mapping inScenario(String scenario, Optional<String> requiredState, Optional<String> newState) {
    this.scenario = scenario;
    this.requiredState = requiredState;
    this.newState = newState;
    return this;
  }

  /** The {@code request} part, to add matchers to. */
  ObjectNode request() {
    return request;
  }

  /** The {@code response} part, to fill in. */
  ObjectNode response() {
    return response;
  }

  /** Lets the response use {@code {{request.baseUrl}}}: WireMock 3 templates only the stubs that ask for it. */
  Mapping templated() {
    response.putArray("transformers").add("response-template");
    return this;
  }

  Stub toStub(String name) {
    ObjectNode mapping = NODES.objectNode();
    mapping.put("name", title);
    mapping.put("priority", priority);
    if (scenario != null) {
      mapping.put("scenarioName", scenario);
      requiredState.ifPresent(state -> mapping.put("requiredScenarioState", state));
      newState.ifPresent(state -> mapping.put("newScenarioState", state));
    }
    mapping.set("request", request);
    mapping.set("response", response);
    return new Stub(name, mapping);
  }
}
