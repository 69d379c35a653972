package dev.imagegen.contract.mock;

import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.matching.MatchResult;
import com.github.tomakehurst.wiremock.matching.ValueMatcher;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A v2 status or result path for one request id, compared segment by segment after
 * percent-decoding: the id must arrive as exactly one path segment that decodes to itself, however
 * it had to be encoded on the way.
 */
public record JobPath(String template, String requestId) implements ValueMatcher<Request> {

  @Override
  public MatchResult match(Request request) {
    return MatchResult.of(requestId.equals(idIn(template, request.getUrl()).orElse(null)));
  }

  /** The decoded request id in {@code url} when its path has the shape of {@code template}. */
  public static Optional<String> idIn(String template, String url) {
    List<String> expected = segments(template);
    String rawPath = url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
    List<String> actual = segments(rawPath);
    if (expected.size() != actual.size()) {
      return Optional.empty();
    }
    String id = null;
    for (int i = 0; i < expected.size(); i++) {
      if (expected.get(i).equals(ApiPaths.REQUEST_ID)) {
        id = decode(actual.get(i));
      } else if (!expected.get(i).equals(actual.get(i))) {
        return Optional.empty();
      }
    }
    return Optional.ofNullable(id);
  }

  private static List<String> segments(String path) {
    return Arrays.asList(path.split("/", -1));
  }

  /** Percent-decoding of a path segment, where {@code +} is a plus, not a space. */
  private static String decode(String segment) {
    return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
  }
}
