package dev.imagegen.contract.mock;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.util.ArrayList;
import java.util.List;

/**
 * Two WireMock servers that host media files, apart from the API mock: at {@value #HOST} (the API mock
 * is at {@code localhost}), each on a port of its own, so that a download goes to hosts the client
 * never sent its key to. They answer GETs of paths as told: a redirect, or a file or an error. Their
 * answers are not audited: a media host is not the provider's API, and its spec says nothing of it.
 * Tries are kept apart as on the API mock ({@link TryTags}): each try's URLs lie below its own prefix.
 */
public final class MediaHosts implements AutoCloseable {

  /** How many hosts there are; a host is named by its index. */
  public static final int COUNT = 2;
  private static final String HOST = "127.0.0.1";

  private final List<WireMockServer> servers;
  private final TryTags tags;

  private MediaHosts(List<WireMockServer> servers, TryTags tags) {
    this.servers = servers;
    this.tags = tags;
  }

  public static MediaHosts start() {
    TryTags tags = new TryTags();
    List<WireMockServer> servers = new ArrayList<>();
    for (int host = 0; host < COUNT; host++) {
      WireMockServer server = new WireMockServer(options().dynamicPort().bindAddress(HOST).stubRequestLoggingDisabled(true)
          .extensions(tags));
      server.start();
      servers.add(server);
    }
    return new MediaHosts(List.copyOf(servers), tags);
  }

  /** Starts a try: forgets every stub and logged request, and gives the try its own prefix. */
  public void reset() {
    tags.next();
    servers.forEach(WireMockServer::resetAll);
  }

  /** {@code http://127.0.0.1:<port>/try-<n><path>}: where {@code host} serves {@code path} in this try. */
  public String url(int host, String path) {
    return "http://" + HOST + ":" + servers.get(host).port() + tags.pathPrefix() + path;
  }

  /** {@code host} answers a GET of {@code path} with {@code status}, sending the client to {@code location}. */
  public void redirect(int host, String path, int status, String location) {
    serve(host, path, aResponse().withStatus(status).withHeader("Location", location));
  }

  /** {@code host} answers a GET of {@code path} with {@code status} and {@code body} of {@code contentType}. */
  public void answer(int host, String path, int status, String contentType, byte[] body) {
    serve(host, path, aResponse().withStatus(status).withHeader(Reply.CONTENT_TYPE, contentType).withBody(body));
  }

  /** The requests of the current try that {@code host} received, oldest first. */
  public List<LoggedRequest> requests(int host) {
    return tags.journal(servers.get(host));
  }

  @Override
  public void close() {
    servers.forEach(WireMockServer::stop);
  }

  private void serve(int host, String path, ResponseDefinitionBuilder response) {
    servers.get(host).stubFor(get(urlPathEqualTo(path)).withHeader(TryTags.HEADER, equalTo(tags.current())).willReturn(response));
  }
}
