package dev.imagegen.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imagegen.client.InferenceResult;
import dev.imagegen.client.Job;
import dev.imagegen.client.JobStatus;
import dev.imagegen.contract.client.Clients;
import dev.imagegen.contract.client.VirtualClock;
import dev.imagegen.contract.engine.Attempt;
import dev.imagegen.contract.engine.Coverage;
import dev.imagegen.contract.engine.Property;
import dev.imagegen.contract.expect.ExpectedWait;
import dev.imagegen.contract.gen.JobScript;
import dev.imagegen.contract.gen.StatusScript;
import dev.imagegen.contract.gen.ValidRequest;
import dev.imagegen.contract.gen.ValidRequests;
import dev.imagegen.contract.mock.ApiPaths;
import dev.imagegen.contract.mock.Journal;
import dev.imagegen.contract.spec.ModelUnderTest;
import dev.imagegen.generator.spec.SegmindV2Spec;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.quicktheories.core.Gen;

/**
 * Property n: whatever status values the server answers (listed ones in any case and with whitespace
 * around them, values the spec does not list, with or without an error text), a wait ends as the
 * documented policy says, after exactly the status calls it allows.
 */
class StatusVocabularyPropertiesTest extends MockedApiTest {

  private static final Property ANY_VOCABULARY = new Property(StatusVocabularyPropertiesTest.class,
      "n. any status vocabulary: listed values in any case, unlisted ones with or without an error end a wait as documented,"
          + " after the calls the policy allows");

  /**
   * Real time: each status call keeps at least this much of the deadline as its HTTP timeout, which
   * runs on the wall clock even when the waits are virtual.
   */
  private static final Duration INTERVAL = Duration.ofSeconds(1);

  /** A valid request, the job it starts (its id and result), and the status answers the job's polls get. */
  record Trial(ValidRequest request, JobScript job, StatusScript statuses) {}

  @TestFactory
  Stream<DynamicTest> anyStatusVocabularyEndsTheWaitAsDocumented() {
    return ANY_VOCABULARY.forEachModel(Property.Applies.V2, StatusVocabularyPropertiesTest::trials, (model, trial) -> {
      api.reset();
      SegmindV2Spec v2 = model.requireV2();
      JobScript job = trial.job();
      ExpectedWait expected = ExpectedWait.of(v2, trial.statuses());
      boolean resultComes = expected.end() == ExpectedWait.End.RESULT;
      api.stubJob(model, job.requestId(), trial.statuses().replies(model), resultComes ? List.of(job.result(model)) : List.of());
      VirtualClock clock = new VirtualClock();
      // A fixed interval, so that the deadline is a whole number of status calls.
      Job submitted = Clients.onVirtualTime(api, model, Clients.API_KEY, clock,
          builder -> builder.pollInterval(INTERVAL).maxPollInterval(INTERVAL)).submit(trial.request().params());
      Duration deadline = INTERVAL.multipliedBy(trial.statuses().polls());
      Attempt<InferenceResult> waited = Attempt.of(() -> submitted.await(deadline));

      ApiPaths paths = ApiPaths.of(model);
      Journal journal = api.journal();
      assertThat(Journal.lines(journal.calls("POST", paths.submit()))).as("submits").hasSize(1);
      assertThat(Journal.lines(journal.jobCalls(paths.statusTemplate(), job.requestId()))).as("status calls")
          .hasSize(expected.statusCalls());
      assertThat(Journal.lines(journal.jobCalls(paths.resultTemplate()))).as("result calls")
          .hasSize(expected.resultCalls());
      assertThat(clock.elapsed()).as("virtual time waited").isEqualTo(expected.elapsed(INTERVAL, deadline));
      if (resultComes) {
        InferenceResult result = waited.get();
        assertThat(result.output()).isEqualTo(job.output());
        assertThat(result.status()).isEqualTo(new JobStatus(job.succeeded(), JobStatus.Outcome.SUCCEEDED, null));
      } else {
        expected.verifyFailure(v2, waited.failure(), job.requestId(), deadline);
      }
      Coverage.count("status vocabularies", expected.end() + " after " + trial.statuses().ending() + " ending");
    });
  }

  /** The job's result answer carries the spec's own succeeded value, as written, whatever the status calls said. */
  private static Gen<Trial> trials(ModelUnderTest model) {
    return ValidRequests.of(model).zip(JobScript.of(model), StatusScript.of(model), Trial::new)
        .describedAs(Trial::toString);
  }
}
