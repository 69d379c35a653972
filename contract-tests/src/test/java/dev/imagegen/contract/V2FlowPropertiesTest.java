package dev.imagegen.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.imagegen.client.InferenceResult;
import dev.imagegen.client.Job;
import dev.imagegen.client.JobStatus;
import dev.imagegen.contract.client.Clients;
import dev.imagegen.contract.client.GeneratedClient;
import dev.imagegen.contract.client.VirtualClock;
import dev.imagegen.contract.engine.Coverage;
import dev.imagegen.contract.engine.Property;
import dev.imagegen.contract.expect.ExpectedReport;
import dev.imagegen.contract.gen.JobScript;
import dev.imagegen.contract.gen.ValidRequest;
import dev.imagegen.contract.gen.ValidRequests;
import dev.imagegen.contract.mock.ApiPaths;
import dev.imagegen.contract.mock.Journal;
import dev.imagegen.contract.mock.Replies;
import dev.imagegen.contract.spec.ModelUnderTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;

/** Properties d and l: v2 jobs that complete. */
class V2FlowPropertiesTest extends MockedApiTest {

  private static final Property COMPLETES = new Property(V2FlowPropertiesTest.class,
      "d. v2: N pending polls then completion give the result with 1 POST, N+1 status calls, 1 result call");
  private static final Property NEVER_CROSS = new Property(V2FlowPropertiesTest.class,
      "l. many jobs interleaved: results never cross between request ids");

  /**
   * Real time: generous, since many jobs poll at once on a busy machine, yet short of a try's own
   * time limit, so that a job that never ends is reported as its timeout.
   */
  private static final Duration INTERLEAVED_DEADLINE = Duration.ofSeconds(20);
  private static final int MAX_JOBS = 6;

  @TestFactory
  Stream<DynamicTest> pendingPollsThenCompletionGiveTheResult() {
    return COMPLETES.forEachModel(Property.Applies.V2, V2FlowPropertiesTest::jobs, (model, job) -> {
      api.reset();
      JobScript script = job._2;
      api.stubJob(model, script.requestId(), script.completingStatuses(), List.of(script.result(model)));
      VirtualClock clock = new VirtualClock();
      Job submitted = Clients.onVirtualTime(api, model, Clients.API_KEY, clock).submit(job._1.params());
      assertThat(submitted.requestId()).isEqualTo(script.requestId());
      assertResult(model, submitted.await(), script);
      assertTraffic(model, api.journal(), List.of(script));
      Coverage.count("v2 jobs completed after N pending polls", "N=" + script.pending().size());
    });
  }

  @TestFactory
  Stream<DynamicTest> interleavedJobsNeverCrossResults() {
    return NEVER_CROSS.forEachModel(Property.Applies.V2, V2FlowPropertiesTest::manyJobs, (model, jobs) -> {
      api.reset();
      List<JobScript> scripts = jobs._2;
      api.sequence(model, "submits", () -> api.submitCall(model),
          scripts.stream().map(script -> Replies.submitAccepted(model, script.requestId())).toList());
      scripts.forEach(script -> api.stubPolls(model, script.requestId(), script.completingStatuses(), List.of(script.result(model))));
      GeneratedClient client = Clients.onRealTime(api, model, Clients.API_KEY);
      List<Job> submitted = new ArrayList<>();
      scripts.forEach(script -> submitted.add(client.submit(jobs._1.params())));
      List<CompletableFuture<InferenceResult>> results = submitted.stream().map(job -> job.future(INTERLEAVED_DEADLINE)).toList();
      for (int i = 0; i < scripts.size(); i++) {
        assertThat(submitted.get(i).requestId()).isEqualTo(scripts.get(i).requestId());
        assertResult(model, results.get(i).join(), scripts.get(i));
      }
      assertTraffic(model, api.journal(), scripts);
      Coverage.count("v2 jobs interleaved", scripts.size() + " at once");
    });
  }

  private static Gen<Pair<ValidRequest, JobScript>> jobs(ModelUnderTest model) {
    return ValidRequests.of(model).zip(JobScript.of(model), Pair::of);
  }

  private static Gen<Pair<ValidRequest, List<JobScript>>> manyJobs(ModelUnderTest model) {
    // Distinct ids, and distinct outputs: two jobs with the same output could swap results unseen.
    Gen<List<JobScript>> scripts = lists().of(JobScript.of(model)).ofSizeBetween(2, MAX_JOBS)
        .assuming(list -> list.stream().map(JobScript::requestId).distinct().count() == list.size()
            && list.stream().map(JobScript::output).distinct().count() == list.size());
    return ValidRequests.of(model).zip(scripts, Pair::of);
  }

  /** The job's own output, status, seed and metrics, the latter two where the spec says the answer keeps them. */
  private static void assertResult(ModelUnderTest model, InferenceResult result, JobScript script) {
    assertThat(result.requestId()).isEqualTo(script.requestId());
    assertThat(result.output()).isEqualTo(script.output());
    assertThat(result.status()).isEqualTo(new JobStatus(script.succeeded(), JobStatus.Outcome.SUCCEEDED, null));
    ExpectedReport.verify(result, Replies.resultFields(model.requireV2()), script.seed(), script.metrics());
  }

  /** Exactly one POST per job, and per job its status calls and one result call, all with its own id. */
  private static void assertTraffic(ModelUnderTest model, Journal journal, List<JobScript> scripts) {
    ApiPaths paths = ApiPaths.of(model);
    assertThat(Journal.lines(journal.calls("POST", paths.submit()))).as("submits").hasSize(scripts.size());
    int calls = scripts.size();
    for (JobScript script : scripts) {
      assertThat(Journal.lines(journal.jobCalls(paths.statusTemplate(), script.requestId()))).as("status calls of %s", script.requestId())
          .hasSize(script.statusCalls());
      assertThat(Journal.lines(journal.jobCalls(paths.resultTemplate(), script.requestId()))).as("result calls of %s", script.requestId())
          .hasSize(1);
      calls += script.statusCalls() + 1;
    }
    assertThat(Journal.lines(journal.requests())).as("every call").hasSize(calls);
  }
}
