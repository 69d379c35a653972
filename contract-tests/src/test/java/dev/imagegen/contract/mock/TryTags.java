package dev.imagegen.contract.mock;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.extension.requestfilter.RequestFilterAction;
import com.github.tomakehurst.wiremock.extension.requestfilter.RequestWrapper;
import com.github.tomakehurst.wiremock.extension.requestfilter.StubRequestFilterV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Tells each try's requests from those of the tries before it. A try's clients are given base URLs
 * below {@code /try-<n>}; this filter takes that prefix off the requests of the current try {@code
 * n}, so that stubs and journal see the provider's paths, and marks them with {@link #HEADER}. A
 * request of an earlier try (one its client gave up on, which the server handles late, or logs
 * after the reset) keeps its prefix and goes unmarked: no stub of the current try answers it and
 * its journal leaves it out.
 */
final class TryTags implements StubRequestFilterV2 {

  /** The header a request of the current try carries, its value the try's number. */
  static final String HEADER = "X-Contract-Try";

  private final AtomicLong current = new AtomicLong();

  /** Starts the next try. */
  void next() {
    current.incrementAndGet();
  }

  /** The tag of the current try. */
  String current() {
    return String.valueOf(current.get());
  }

  /** The path the current try's clients put before the provider's paths: {@code /try-7}. */
  String pathPrefix() {
    return prefix(current());
  }

  /** The requests of the current try that {@code server} received, oldest first. */
  List<LoggedRequest> journal(WireMockServer server) {
    String tag = current();
    List<ServeEvent> events = new ArrayList<>(server.getAllServeEvents());
    Collections.reverse(events);
    return events.stream().map(ServeEvent::getRequest).filter(request -> tag.equals(request.getHeader(HEADER))).toList();
  }

  @Override
  public RequestFilterAction filter(Request request, ServeEvent serveEvent) {
    String tag = current();
    String prefix = prefix(tag);
    if (!request.getUrl().startsWith(prefix + "/")) {
      return RequestFilterAction.continueWith(request);
    }
    return RequestFilterAction.continueWith(RequestWrapper.create()
        .transformAbsoluteUrl(url -> withoutPrefix(url, prefix))
        .addHeader(HEADER, tag)
        .wrap(request));
  }

  @Override
  public String getName() {
    return "contract-try-tags";
  }

  private static String prefix(String tag) {
    return "/try-" + tag;
  }

  /** {@code http://localhost:8080/try-7/v1/x} without {@code /try-7}. */
  private static String withoutPrefix(String absoluteUrl, String prefix) {
    int path = absoluteUrl.indexOf('/', absoluteUrl.indexOf("://") + 3);
    return absoluteUrl.substring(0, path) + absoluteUrl.substring(path + prefix.length());
  }
}
