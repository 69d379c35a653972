package dev.imagegen.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.imagegen.client.error.ApiException;
import dev.imagegen.contract.client.Clients;
import dev.imagegen.contract.client.GeneratedClient;
import dev.imagegen.contract.client.VirtualClock;
import dev.imagegen.contract.engine.Coverage;
import dev.imagegen.contract.engine.Property;
import dev.imagegen.contract.expect.ExpectedFailure;
import dev.imagegen.contract.gen.Texts;
import dev.imagegen.contract.gen.ValidRequest;
import dev.imagegen.contract.gen.ValidRequests;
import dev.imagegen.contract.mock.Call;
import dev.imagegen.contract.mock.Journal;
import dev.imagegen.contract.mock.Replies;
import dev.imagegen.contract.mock.Reply;
import dev.imagegen.contract.spec.ModelUnderTest;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Property h: every error status ends in its typed exception, never in null or success. */
class StatusMappingPropertiesTest extends MockedApiTest {

  private static final Property MAPPED = new Property(StatusMappingPropertiesTest.class,
      "h. random statuses (100-599), documented or not, answered to a random call map to the right typed exception");
  private static final Property EVERY_DOCUMENTED = new Property(StatusMappingPropertiesTest.class,
      "h. each documented error status, answered to each call, maps to the right typed exception");

  /** An error status answered to one call of a valid request. */
  record ErrorAnswer(ValidRequest request, Call call, int status, String error) {}

  /** One case of the sweep: a documented error status answered to one call. */
  record DocumentedAnswer(Call call, int status) {
    @Override
    public String toString() {
      return "answering " + status + " to the " + call + " call";
    }
  }

  @TestFactory
  Stream<DynamicTest> everyErrorStatusMapsToItsTypedException() {
    return MAPPED.forEachModel(Property.Applies.ALWAYS, StatusMappingPropertiesTest::errorAnswers, StatusMappingPropertiesTest::check);
  }

  /** Random draws may miss a status on a call; this sweeps them all, each try with another request. */
  @TestFactory
  Stream<DynamicTest> eachDocumentedStatusOnEachCallMapsToItsTypedException() {
    return EVERY_DOCUMENTED.forEachModelSweeping(Property.Applies.ALWAYS, StatusMappingPropertiesTest::documentedAnswers,
        ValidRequests::of, (model, answer, request) ->
            check(model, new ErrorAnswer(request, answer.call(), answer.status(), specMeaning(model, answer.status()))));
  }

  private static void check(ModelUnderTest model, ErrorAnswer answer) {
    api.reset();
    Reply reply = Replies.error(model, answer.status(), answer.error());
    answer.call().answer(api, model, List.of(reply));
    GeneratedClient client = Clients.onVirtualTime(api, model, Clients.API_KEY, new VirtualClock());
    Throwable thrown = catchThrowable(() -> answer.call().send(client, answer.request().params()));
    String callName = answer.call().name(api, model);
    boolean body = carriesBody(answer.status());
    ExpectedFailure expected = ExpectedFailure.of(model, answer.call(), callName, answer.status(),
        body ? reply.bodyText() : "", body ? answer.error() : null);
    expected.verify(thrown, callName);
    if (thrown instanceof ApiException apiError) {
      assertThat(apiError.status()).isEqualTo(answer.status());
    }
    assertThat(Journal.lines(answer.call().sent(api, model))).as("%s calls sent", answer.call()).hasSize(expected.calls());
    Coverage.count("statuses answered", answer.call() + " " + (model.provider().responseCodes().containsKey(answer.status())
        ? answer.status() : "undocumented"));
    Coverage.count("error types raised", expected.type().getSimpleName());
  }

  /** HTTP forbids a body on a 1xx and a 304 answer: the server drops it. */
  private static boolean carriesBody(int status) {
    return status >= 200 && status != 304;
  }

  /** Each documented error status on each call of {@code model}. */
  private static List<DocumentedAnswer> documentedAnswers(ModelUnderTest model) {
    return Call.of(model).stream().flatMap(call -> documented(model).stream().map(status -> new DocumentedAnswer(call, status))).toList();
  }

  /** The error statuses the provider documents: every one but 200. */
  private static List<Integer> documented(ModelUnderTest model) {
    return model.provider().responseCodes().keySet().stream().filter(status -> status != 200).toList();
  }

  private static Gen<ErrorAnswer> errorAnswers(ModelUnderTest model) {
    List<Integer> documented = documented(model);
    List<Integer> undocumented = IntStream.rangeClosed(100, 599)
        .filter(status -> (status < 200 || status >= 300) && !model.provider().responseCodes().containsKey(status)).boxed().toList();
    Gen<Integer> statuses = Generate.frequency(Pair.of(1, Generate.pick(documented)), Pair.of(1, Generate.pick(undocumented)));
    Gen<Pair<Integer, String>> answers = statuses.flatMap(status -> errors(model, status).map(error -> Pair.of(status, error)));
    return ValidRequests.of(model).zip(Generate.pick(Call.of(model)), answers,
        (request, call, answer) -> new ErrorAnswer(request, call, answer._1, answer._2));
  }

  /**
   * The error text of {@code status}: any server error (some of whose words tell the client what it
   * means), or for a documented status as often the spec's meaning of it.
   */
  private static Gen<String> errors(ModelUnderTest model, int status) {
    Gen<String> any = Texts.serverErrors();
    return model.provider().responseCodes().containsKey(status)
        ? Generate.frequency(Pair.of(1, Generate.constant(specMeaning(model, status))), Pair.of(1, any))
        : any;
  }

  /** The error text of a documented status: the spec's meaning of it, as a provider's error would say. */
  private static String specMeaning(ModelUnderTest model, int status) {
    return model.provider().responseCodes().get(status);
  }
}
