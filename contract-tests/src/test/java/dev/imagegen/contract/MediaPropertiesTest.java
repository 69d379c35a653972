package dev.imagegen.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.imagegen.client.InferenceResult;
import dev.imagegen.client.MediaFile;
import dev.imagegen.client.error.UnexpectedStatusException;
import dev.imagegen.contract.client.Clients;
import dev.imagegen.contract.client.VirtualClock;
import dev.imagegen.contract.engine.Attempt;
import dev.imagegen.contract.engine.Coverage;
import dev.imagegen.contract.engine.Property;
import dev.imagegen.contract.expect.ExpectedErrors;
import dev.imagegen.contract.expect.ExpectedMedia;
import dev.imagegen.contract.gen.Download;
import dev.imagegen.contract.gen.JobScript;
import dev.imagegen.contract.gen.ResultMedia;
import dev.imagegen.contract.gen.Texts;
import dev.imagegen.contract.gen.ValidRequest;
import dev.imagegen.contract.gen.ValidRequests;
import dev.imagegen.contract.mock.MediaHosts;
import dev.imagegen.contract.mock.Replies;
import dev.imagegen.contract.mock.Reply;
import dev.imagegen.contract.spec.ModelUnderTest;
import dev.imagegen.generator.spec.AuthSpec;
import dev.imagegen.generator.spec.ResultFieldsSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Properties q and r: the media a v2 result lists, read from the fields its spec declares and from no
 * others, and their downloads, which follow redirects across hosts and never carry the key.
 */
class MediaPropertiesTest extends MockedApiTest {

  private static final Property LISTED = new Property(MediaPropertiesTest.class,
      "q. v2 result media: declared media fields holding any mix of objects, lists and items off the documented shape"
          + " give exactly the media files they list, in order, with their url, type, name and size");
  private static final Property DOWNLOADED = new Property(MediaPropertiesTest.class,
      "r. a media download follows redirects across hosts and writes exactly the bytes served, or fails with the host's"
          + " status and leaves no file; no request to a media host carries the key");

  private static final Property.Applies DECLARES_MEDIA = new Property.Applies(
      model -> model.v2().map(v2 -> !Replies.resultFields(v2).mediaFields().isEmpty()).orElse(false),
      "declares no media field in its v2 result");

  private static final int MAX_DOWNLOADS = 3;
  /** Drawn, then taken modulo the number of declared media fields: any of them. */
  private static final int ANY_FIELD = 99;
  /** OkHttp repeats a GET answered 408 once, as HTTP allows; the media host sees the request twice. */
  private static final int REQUEST_TIMEOUT = 408;

  /** The media files' own hosts, reset with the API mock by each try. */
  private static MediaHosts media;

  /** A valid request, the job it starts, and the media its result lists. */
  record Listing(ValidRequest request, JobScript job, ResultMedia media) {}

  /**
   * A valid request, the job it starts with a client of {@code apiKey}, and the downloads its result
   * lists in one declared media field (the {@code field}-th, modulo their number): a lone download as a
   * single object when {@code single}, else as a list.
   */
  record Downloading(ValidRequest request, JobScript job, String apiKey, int field, boolean single, List<Download> downloads) {}

  @BeforeAll
  static void startMediaHosts() {
    media = MediaHosts.start();
  }

  @AfterAll
  static void stopMediaHosts() {
    media.close();
  }

  @TestFactory
  Stream<DynamicTest> resultsListExactlyTheirDeclaredMedia() {
    return LISTED.forEachModel(Property.Applies.V2, MediaPropertiesTest::listings, (model, trial) -> {
      api.reset();
      JobScript job = trial.job();
      Reply answer = job.result(model, trial.media());
      api.stubJob(model, job.requestId(), completedAtOnce(job), List.of(answer));
      InferenceResult result = Clients.onVirtualTime(api, model, Clients.API_KEY, new VirtualClock())
          .submit(trial.request().params()).await();
      ResultFieldsSpec fields = Replies.resultFields(model.requireV2());
      // The media fields as the test wrote them: the JSON served spells each number exactly so.
      JsonNode sent = JsonNodeFactory.instance.objectNode().setAll(trial.media().fields());
      List<ExpectedMedia> expected = ExpectedMedia.listedIn(fields, sent);
      assertThat(result.media().stream().map(ExpectedMedia::of).toList()).as("media of %s", trial.media())
          .containsExactlyElementsOf(expected);
      Coverage.count("v2 result media", (expected.size() > 2 ? "3 or more" : expected.size()) + " listed, " + answer.role());
    });
  }

  @TestFactory
  Stream<DynamicTest> downloadsWriteWhatIsServedAndNeverCarryTheKey() {
    return DOWNLOADED.forEachModel(DECLARES_MEDIA, MediaPropertiesTest::downloadings, (model, trial) -> {
      api.reset();
      media.reset();
      JobScript job = trial.job();
      List<Download> downloads = trial.downloads();
      List<String> declared = Replies.resultFields(model.requireV2()).mediaFields();
      api.stubJob(model, job.requestId(), completedAtOnce(job), List.of(job.result(model, new ResultMedia(
          Map.of(declared.get(trial.field() % declared.size()), listed(trial))))));
      downloads.forEach(download -> download.serveAt(media));
      InferenceResult result = Clients.onVirtualTime(api, model, trial.apiKey(), new VirtualClock())
          .submit(trial.request().params()).await();
      assertThat(result.media()).extracting(MediaFile::url).as("media URLs")
          .containsExactlyElementsOf(downloads.stream().map(download -> download.url(media)).toList());

      Path folder = temporaryFolder();
      try {
        for (int i = 0; i < downloads.size(); i++) {
          verifyDownload(result.media().get(i), downloads.get(i), folder.resolve("media-" + i), job.requestId());
        }
      } finally {
        delete(folder);
      }
      verifyMediaRequests(model, trial.apiKey(), downloads);
      downloads.forEach(download -> {
        Coverage.count("media downloads", download.redirects().size() + " redirects"
            + (download.hosts().stream().distinct().count() > 1 ? " across hosts, " : ", ")
            + (download.succeeds() ? "200" : download.status() / 100 + "xx") + (download.existing() ? " over a file" : ""));
        download.redirects().forEach(status -> Coverage.count("media redirects", String.valueOf(status)));
      });
    });
  }

  private static Gen<Listing> listings(ModelUnderTest model) {
    return ValidRequests.of(model).zip(JobScript.of(model), ResultMedia.of(model), Listing::new);
  }

  private static Gen<Downloading> downloadings(ModelUnderTest model) {
    Gen<ValidRequest> requests = ValidRequests.of(model);
    Gen<JobScript> jobs = JobScript.of(model);
    Gen<String> keys = Texts.apiKeys();
    Gen<Integer> fields = integers().between(0, ANY_FIELD);
    Gen<Boolean> single = Generate.booleans();
    Gen<List<Download>> downloads = Download.several(MAX_DOWNLOADS);
    return random -> new Downloading(requests.generate(random), jobs.generate(random), keys.generate(random),
        fields.generate(random), single.generate(random), downloads.generate(random));
  }

  /** The status answers of a job that has completed when first asked: property d covers the polls before. */
  private static List<Reply> completedAtOnce(JobScript job) {
    return List.of(Replies.status(job.succeeded()));
  }

  /** The downloads as the result lists them: a lone one as a single object or a list, several as a list. */
  private static JsonNode listed(Downloading trial) {
    List<JsonNode> files = trial.downloads().stream().map(download -> download.json(media)).toList();
    return trial.single() && files.size() == 1 ? files.get(0) : JsonNodeFactory.instance.arrayNode().addAll(files);
  }

  /**
   * {@code file} downloaded to {@code target} (made beforehand when the download says so): exactly the
   * bytes served, or the host's status as an {@link UnexpectedStatusException} naming the URL without
   * its query, and no file left.
   */
  private static void verifyDownload(MediaFile file, Download download, Path target, String requestId) {
    if (download.existing()) {
      write(target, "an older file".getBytes(StandardCharsets.UTF_8));
    }
    Attempt<Long> written = Attempt.of(() -> file.downloadTo(target));
    if (download.succeeds()) {
      assertThat(written.get()).as("bytes written by %s", download).isEqualTo(download.body().length);
      assertThat(target).as("file of %s", download).hasBinaryContent(download.body());
      return;
    }
    assertThat(written.failure()).as("the failure of %s", download).isExactlyInstanceOf(UnexpectedStatusException.class)
        .hasMessage(ExpectedErrors.message("GET " + download.urlWithoutQuery(media), download.status(), null,
            new String(download.body(), StandardCharsets.UTF_8)));
    UnexpectedStatusException failure = (UnexpectedStatusException) written.failure();
    assertThat(failure.status()).as("status").isEqualTo(download.status());
    assertThat(failure.requestId()).as("request id").contains(requestId);
    assertThat(target).as("file of %s", download).doesNotExist();
  }

  /**
   * Each URL of each chain was asked for once (twice for a 408 at its end), and no other; no request
   * carries the provider's auth header, nor the key in any header or its URL.
   */
  private static void verifyMediaRequests(ModelUnderTest model, String apiKey, List<Download> downloads) {
    Map<String, Integer> expected = new TreeMap<>();
    for (Download download : downloads) {
      for (int hop = 0; hop < download.hosts().size(); hop++) {
        boolean repeated = hop == download.hosts().size() - 1 && download.status() == REQUEST_TIMEOUT;
        expected.put(download.hosts().get(hop) + " " + download.path(hop), repeated ? 2 : 1);
      }
    }
    Map<String, Integer> asked = new TreeMap<>();
    AuthSpec auth = model.provider().auth();
    for (int host = 0; host < MediaHosts.COUNT; host++) {
      for (LoggedRequest request : media.requests(host)) {
        asked.merge(host + " " + request.getUrl().replaceFirst("\\?.*", ""), 1, Integer::sum);
        assertThat(request.containsHeader(auth.header())).as("%s header on %s", auth.header(), request.getAbsoluteUrl()).isFalse();
        assertThat(request.getAbsoluteUrl()).as("URL").doesNotContain(apiKey);
        for (HttpHeader header : request.getHeaders().all()) {
          assertThat(header.toString()).as("header of %s", request.getAbsoluteUrl()).doesNotContain(apiKey);
        }
      }
    }
    assertThat(asked).as("requests to the media hosts, by host and path").isEqualTo(expected);
  }

  private static Path temporaryFolder() {
    try {
      return Files.createTempDirectory("contract-media");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(Path file, byte[] bytes) {
    try {
      Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void delete(Path folder) {
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
