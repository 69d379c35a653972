package dev.imagegen.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.imagegen.client.GeneratedImage;
import dev.imagegen.client.error.UnexpectedResponseException;
import dev.imagegen.contract.client.Clients;
import dev.imagegen.contract.client.GeneratedClient;
import dev.imagegen.contract.client.VirtualClock;
import dev.imagegen.contract.engine.Attempt;
import dev.imagegen.contract.engine.Coverage;
import dev.imagegen.contract.engine.Property;
import dev.imagegen.contract.expect.ExpectedImageAnswer;
import dev.imagegen.contract.gen.SyncBodies;
import dev.imagegen.contract.gen.SyncBody;
import dev.imagegen.contract.gen.ValidRequest;
import dev.imagegen.contract.gen.ValidRequests;
import dev.imagegen.contract.mock.ApiPaths;
import dev.imagegen.contract.mock.Journal;
import dev.imagegen.contract.spec.ModelUnderTest;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;

/**
 * Properties o: a sync answer that is not image bytes is decoded when it is base64 (text, a data URI,
 * a JSON string of either), and is an {@link UnexpectedResponseException} quoting it, never a
 * transport failure, when it carries no image; either way the POST is sent once and the request id
 * header is kept.
 */
class EncodedAnswersPropertiesTest extends MockedApiTest {

  private static final Property UNREADABLE = new Property(EncodedAnswersPropertiesTest.class,
      "o. any 200 that is no image (HTML, JSON, text or a data URI that is not base64, base64 with a stray character)"
          + " is an UnexpectedResponseException quoting it, with the request id; the POST is sent once");
  private static final Property DECODED = new Property(EncodedAnswersPropertiesTest.class,
      "o. base64 text, a base64 data URI, or a JSON string of either, is decoded to the image and its type");

  @TestFactory
  Stream<DynamicTest> anyUnreadableAnswerIsAnUnexpectedResponse() {
    return UNREADABLE.forEachModel(Property.Applies.SYNC_IMAGES, model -> answers(model, SyncBodies.unreadable(model)),
        (model, answer) -> {
          SyncBody body = answer._2;
          GeneratedClient client = stub(model, body);
          Attempt<Object> generated = Attempt.of(() -> client.generate(answer._1.params()));
          // A body that goes bad part-way may fail only when the image is read.
          Throwable whenRead = generated.failure() == null ? catchThrowable(() -> ((GeneratedImage) generated.value()).bytes()) : null;

          assertPostSentOnce(model);
          ExpectedImageAnswer.Unreadable expected = expected(model, body, ExpectedImageAnswer.Unreadable.class);
          if (generated.failure() != null) {
            assertThat(generated.failure()).as("the failure of generate()").isExactlyInstanceOf(UnexpectedResponseException.class)
                .hasMessage(expected.atCall());
          } else {
            assertThat(expected.whenRead()).as("generate() returned %s, but the body is not one that goes bad part-way",
                generated.value()).isPresent();
            assertThat(whenRead).as("the failure of reading the image that generate() returned").isNotNull()
                .isExactlyInstanceOf(UnexpectedResponseException.class).hasMessage(expected.whenRead().get());
          }
          Throwable thrown = generated.failure() != null ? generated.failure() : whenRead;
          assertThat(((UnexpectedResponseException) thrown).requestId()).as("request id").isEqualTo(body.requestId());
          Coverage.count("unreadable sync answers", body.kind() + (generated.failure() != null ? "" : " (when read)"));
        });
  }

  @TestFactory
  Stream<DynamicTest> base64AnswersAreDecoded() {
    return DECODED.forEachModel(Property.Applies.SYNC_IMAGES, model -> answers(model, SyncBodies.readable(model)),
        (model, answer) -> {
          SyncBody body = answer._2;
          GeneratedImage image = (GeneratedImage) stub(model, body).generate(answer._1.params());
          byte[] bytes = image.bytes();

          assertPostSentOnce(model);
          ExpectedImageAnswer.Image expected = expected(model, body, ExpectedImageAnswer.Image.class);
          assertThat(image.contentType()).as("content type").isEqualTo(expected.contentType());
          assertThat(bytes).as("decoded bytes").isEqualTo(expected.bytes());
          assertThat(image.decodedFromBase64()).as("decoded from base64").isTrue();
          assertThat(image.requestId()).as("request id").isEqualTo(body.requestId());
          Coverage.count("base64 sync answers decoded", body.kind() + " " + expected.contentType());
        });
  }

  private static Gen<Pair<ValidRequest, SyncBody>> answers(ModelUnderTest model, Gen<SyncBody> bodies) {
    return ValidRequests.of(model).zip(bodies, Pair::of);
  }

  /** Starts a try whose sync call answers {@code body}, and a client for it. */
  private static GeneratedClient stub(ModelUnderTest model, SyncBody body) {
    api.reset();
    api.stub(model, api.syncCall(model), body.reply(model));
    return Clients.onVirtualTime(api, model, Clients.API_KEY, new VirtualClock());
  }

  /** The oracle's verdict on {@code body}, which the generator drew to be of {@code kind}. */
  private static <T extends ExpectedImageAnswer> T expected(ModelUnderTest model, SyncBody body, Class<T> kind) {
    ApiPaths paths = ApiPaths.of(model);
    ExpectedImageAnswer expected = ExpectedImageAnswer.of(paths.callName("POST", paths.sync()), body.contentType(), body.body());
    assertThat(expected).as("the oracle's verdict on the body drawn").isInstanceOf(kind);
    return kind.cast(expected);
  }

  private static void assertPostSentOnce(ModelUnderTest model) {
    assertThat(Journal.lines(api.journal().calls("POST", ApiPaths.of(model).sync()))).as("sync POSTs").hasSize(1);
  }
}
