package dev.imagegen.contract.mock;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonSchema;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ScenarioMappingBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.matching.StringValuePattern;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.imagegen.contract.engine.Coverage;
import dev.imagegen.contract.spec.ModelUnderTest;
import dev.imagegen.generator.export.JsonText;
import dev.imagegen.generator.export.RequestBodySchema;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * A WireMock server the tests start, reset and stop themselves (on a free port), with stubs made
 * from the specs: request bodies matched by the schema the generator derives from the spec, and
 * every answer checked by the {@link StubAudit} before it is served.
 *
 * <pre>{@code
 * MockApi api = MockApi.start();
 * api.stub(model, api.syncCall(model), reply);
 * Journal journal = api.journal();
 * }</pre>
 */
public final class MockApi implements AutoCloseable {

  /**
   * Each model's body matcher, made once: WireMock compiles the schema when the matcher is made, which
   * costs more than the try that uses it.
   */
  private static final Map<ModelUnderTest, StringValuePattern> VALID_BODIES = new ConcurrentHashMap<>();

  private final WireMockServer server;
  private final TryTags tags;
  /** The server's own URL, read once: WireMock rebuilds its settings to tell it. */
  private final String root;

  private MockApi(WireMockServer server, TryTags tags) {
    this.server = server;
    this.tags = tags;
    this.root = server.baseUrl();
  }

  public static MockApi start() {
    TryTags tags = new TryTags();
    WireMockServer server = new WireMockServer(options().dynamicPort().stubRequestLoggingDisabled(true).extensions(tags));
    server.start();
    return new MockApi(server, tags);
  }

  /**
   * Starts a try: forgets every stub, scenario state and logged request, and gives the try its own
   * tag, so that whatever a client of an earlier try still sends reaches neither the try's stubs nor
   * its journal (see {@link TryTags}).
   */
  public void reset() {
    tags.next();
    server.resetAll();
  }

  /**
   * The base URL a client of {@code model} is given: the mock, below the current try's prefix and
   * the path of the provider's URL. No stub answers a client made before the last {@link #reset}.
   */
  public String baseUrl(ModelUnderTest model) {
    return root + tags.pathPrefix() + ApiPaths.of(model).basePath() + "/";
  }

  /** The sync call of {@code model} with a body its derived schema accepts. */
  public MappingBuilder syncCall(ModelUnderTest model) {
    return post(urlPathEqualTo(ApiPaths.of(model).sync())).withRequestBody(validBody(model));
  }

  /** The v2 submit of {@code model} with a body its derived schema accepts. */
  public MappingBuilder submitCall(ModelUnderTest model) {
    return post(urlPathEqualTo(ApiPaths.of(model).submit())).withRequestBody(validBody(model));
  }

  /** A status call for {@code requestId}, however the id was encoded. */
  public MappingBuilder statusCall(ModelUnderTest model, String requestId) {
    return jobCall(ApiPaths.of(model).statusTemplate(), requestId);
  }

  /** A result call for {@code requestId}, however the id was encoded. */
  public MappingBuilder resultCall(ModelUnderTest model, String requestId) {
    return jobCall(ApiPaths.of(model).resultTemplate(), requestId);
  }

  /** Answers {@code request} with {@code reply}, once the audit found it true to the spec. */
  public void stub(ModelUnderTest model, MappingBuilder request, Reply reply) {
    StubAudit.require(model, reply);
    Coverage.count("stubs audited against their spec");
    server.stubFor(request.withHeader(TryTags.HEADER, equalTo(tags.current())).willReturn(reply.toResponse()));
  }

  /**
   * A WireMock scenario: the n-th matching request gets the n-th reply, and the last reply is
   * repeated from then on.
   *
   * @param requests a fresh matcher per step, since WireMock mappings are built once
   */
  public void sequence(ModelUnderTest model, String scenario, Supplier<MappingBuilder> requests, List<Reply> replies) {
    for (int step = 0; step < replies.size(); step++) {
      ScenarioMappingBuilder mapping = requests.get().inScenario(scenario)
          .whenScenarioStateIs(step == 0 ? Scenario.STARTED : "step " + step);
      if (step + 1 < replies.size()) {
        mapping.willSetStateTo("step " + (step + 1));
      }
      stub(model, mapping, replies.get(step));
    }
  }

  /**
   * A v2 job at the server: the submit answers {@code requestId}; its status calls get
   * {@code statuses} in turn and its result calls {@code results}, the last of each repeated. No
   * results: the result call is not stubbed, as when none may come.
   */
  public void stubJob(ModelUnderTest model, String requestId, List<Reply> statuses, List<Reply> results) {
    stub(model, submitCall(model), Replies.submitAccepted(model, requestId));
    stubPolls(model, requestId, statuses, results);
  }

  /** The status and result answers of a job whose submit is stubbed apart, as in {@link #stubJob}. */
  public void stubPolls(ModelUnderTest model, String requestId, List<Reply> statuses, List<Reply> results) {
    sequence(model, "status of " + requestId, () -> statusCall(model, requestId), statuses);
    if (!results.isEmpty()) {
      sequence(model, "result of " + requestId, () -> resultCall(model, requestId), results);
    }
  }

  /** Every request the current try's clients sent, oldest first. */
  public Journal journal() {
    return new Journal(tags.journal(server));
  }

  @Override
  public void close() {
    server.stop();
  }

  private static StringValuePattern validBody(ModelUnderTest model) {
    return VALID_BODIES.computeIfAbsent(model, key ->
        matchingJsonSchema(JsonText.write(RequestBodySchema.of(key.model())), WireMock.JsonSchemaVersion.V202012));
  }

  private static MappingBuilder jobCall(String template, String requestId) {
    String shape = Pattern.quote(template).replace(ApiPaths.REQUEST_ID, "\\E[^/]+\\Q");
    return get(urlPathMatching(shape)).andMatching(new JobPath(template, requestId));
  }
}
