package dev.imagegen.contract.gen;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.imagegen.contract.mock.MediaHosts;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * A media file as the {@link MediaHosts} serve it: the URL a result names (sometimes with a signed
 * query), 0 to 2 redirects (301, 302 or 307) to another path on the same host or the other one, back
 * and forth, and the answer at the end of the chain: random bytes (none, a few, or more than one read
 * buffer of 64 KiB), or an error status of 400-599 with a text. A 407 is left out: OkHttp takes it
 * for a broken answer from a server that is no proxy (README, "Decisions").
 *
 * @param number tells the paths of the downloads of one try apart
 * @param hosts the host of each URL of the chain, the first the one the result names
 * @param redirects the status of each redirect, one fewer than the hosts
 * @param query the first URL's query with its {@code ?}; empty for none
 * @param status 200, or the error status the end of the chain answers
 * @param body the file's bytes, or the error's text in UTF-8
 * @param contentType the type of the answer at the end of the chain
 * @param existing whether the file the download writes to exists before it, holding other bytes
 */
public record Download(int number, String name, List<Integer> hosts, List<Integer> redirects, String query, int status,
    byte[] body, String contentType, boolean existing) {

  private static final int OK = 200;
  private static final int PROXY_AUTHENTICATION_REQUIRED = 407;
  private static final int MAX_REDIRECTS = 2;
  private static final List<Integer> REDIRECTS = List.of(301, 302, 307);
  private static final List<String> FILE_TYPES = List.of("image/png", "video/mp4", "application/octet-stream");
  private static final List<String> ERROR_TYPES = List.of("text/plain", "application/json", "text/html");
  /** Past the client's read buffer, so that a file takes more than one read. */
  private static final int LARGE = 64 * 1024 + 1;

  public Download {
    hosts = List.copyOf(hosts);
    redirects = List.copyOf(redirects);
    body = body.clone();
  }

  /** Downloads numbered {@code number}. */
  static Gen<Download> of(int number) {
    Gen<List<Integer>> hosts = lists().of(integers().between(0, MediaHosts.COUNT - 1)).ofSizeBetween(1, MAX_REDIRECTS + 1);
    Gen<List<Integer>> redirects = lists().of(Generate.pick(REDIRECTS)).ofSize(MAX_REDIRECTS);
    Gen<String> queries = Texts.words().zip(Generate.booleans(), (word, signed) -> signed ? "?sig=" + word + "&exp=1" : "");
    Gen<Pair<Integer, byte[]>> files = Generate.frequency(Pair.of(3, integers().between(0, 64)), Pair.of(1, integers().between(LARGE,
        LARGE + 1024))).zip(longs().all(), (size, seed) -> Pair.of(OK, bytes(size, seed)));
    Gen<Pair<Integer, byte[]>> errors = integers().between(400, 599).assuming(status -> status != PROXY_AUTHENTICATION_REQUIRED)
        .zip(Texts.errorMessages(), Generate.booleans(), (status, text, json) -> Pair.of(status, (json ? errorJson(text) : text)
            .getBytes(StandardCharsets.UTF_8)));
    Gen<Pair<Integer, byte[]>> answers = Generate.frequency(Pair.of(3, files), Pair.of(1, errors));
    Gen<String> fileTypes = Generate.pick(FILE_TYPES);
    Gen<String> errorTypes = Generate.pick(ERROR_TYPES);
    Gen<String> names = Texts.words();
    Gen<Boolean> existing = Generate.booleans();
    return random -> {
      List<Integer> chain = hosts.generate(random);
      Pair<Integer, byte[]> answer = answers.generate(random);
      String type = (answer._1 == OK ? fileTypes : errorTypes).generate(random);
      return new Download(number, names.generate(random), chain, redirects.generate(random).subList(0, chain.size() - 1),
          queries.generate(random), answer._1, answer._2, type, existing.generate(random));
    };
  }

  /** 1 to {@code most} downloads, numbered from 0. */
  public static Gen<List<Download>> several(int most) {
    return integers().between(1, most).flatMap(count -> random -> IntStream.range(0, count)
        .mapToObj(number -> of(number).generate(random)).toList());
  }

  /** Has each host serve its part of the chain: a redirect to the next URL, the answer at the end. */
  public void serveAt(MediaHosts media) {
    for (int hop = 0; hop < hosts.size(); hop++) {
      if (hop + 1 < hosts.size()) {
        media.redirect(hosts.get(hop), path(hop), redirects.get(hop), media.url(hosts.get(hop + 1), path(hop + 1)));
      } else {
        media.answer(hosts.get(hop), path(hop), status, contentType, body);
      }
    }
  }

  /** The URL a result names, with its query. */
  public String url(MediaHosts media) {
    return urlWithoutQuery(media) + query;
  }

  /** The URL a result names, without its query: how a failed download names its call. */
  public String urlWithoutQuery(MediaHosts media) {
    return media.url(hosts.get(0), path(0));
  }

  /** The media file as a result lists it: {@code {url, content_type, file_name, file_size}}. */
  public JsonNode json(MediaHosts media) {
    return JsonNodeFactory.instance.objectNode().put("url", url(media)).put("content_type", contentType)
        .put("file_name", name + ".bin").put("file_size", body.length);
  }

  /** The path of the {@code hop}-th URL of the chain, below the try's prefix. */
  public String path(int hop) {
    return "/media/" + number + "/" + hop + "-" + name + ".bin";
  }

  public boolean succeeds() {
    return status == OK;
  }

  /** {@code size} bytes of a pseudo-random sequence: shrinking a large file shrinks its size, not each byte. */
  private static byte[] bytes(int size, long seed) {
    byte[] bytes = new byte[size];
    new SplittableRandom(seed).nextBytes(bytes);
    return bytes;
  }

  private static String errorJson(String text) {
    return JsonNodeFactory.instance.objectNode().put("error", text).toString();
  }

  @Override
  public String toString() {
    StringBuilder chain = new StringBuilder("download " + number + ": host " + hosts.get(0) + query);
    for (int hop = 1; hop < hosts.size(); hop++) {
      chain.append(" -").append(redirects.get(hop - 1)).append("-> host ").append(hosts.get(hop));
    }
    return chain + " answers " + status + " " + contentType + " (" + body.length + " bytes"
        + (succeeds() ? "" : ": " + new String(body, StandardCharsets.UTF_8)) + ")" + (existing ? ", over an existing file" : "");
  }
}
