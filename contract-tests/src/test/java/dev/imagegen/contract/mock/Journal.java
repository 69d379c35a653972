package dev.imagegen.contract.mock;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.util.List;

/** The requests the mock received, oldest first: what the client actually sent. */
public record Journal(List<LoggedRequest> requests) {

  public Journal {
    requests = List.copyOf(requests);
  }

  /** The requests with {@code method} to exactly {@code path} (the raw path, query ignored). */
  public List<LoggedRequest> calls(String method, String path) {
    return requests.stream()
        .filter(request -> request.getMethod().getName().equals(method) && rawPath(request).equals(path))
        .toList();
  }

  /** The GETs to {@code template} (a status or result path) for request id {@code requestId}, decoded. */
  public List<LoggedRequest> jobCalls(String template, String requestId) {
    return requests.stream()
        .filter(request -> request.getMethod().getName().equals("GET"))
        .filter(request -> JobPath.idIn(template, request.getUrl()).filter(requestId::equals).isPresent())
        .toList();
  }

  /** The GETs to {@code template}, whatever their request id. */
  public List<LoggedRequest> jobCalls(String template) {
    return requests.stream()
        .filter(request -> request.getMethod().getName().equals("GET"))
        .filter(request -> JobPath.idIn(template, request.getUrl()).isPresent())
        .toList();
  }

  /** {@code GET /v2/requests/abc/status} per request: what an assertion on calls shows. */
  public static List<String> lines(List<LoggedRequest> requests) {
    return requests.stream().map(request -> request.getMethod() + " " + request.getUrl()).toList();
  }

  /** The path as sent, still percent-encoded, without the query. */
  public static String rawPath(LoggedRequest request) {
    String url = request.getUrl();
    int query = url.indexOf('?');
    return query < 0 ? url : url.substring(0, query);
  }
}
