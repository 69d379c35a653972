package dev.imagegen.generator.spec;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Segmind's v2 protocol: submit, poll the status, fetch the result.
 *
 * @param submitPath template with {@code {model}}
 * @param statusPath template with {@code {request_id}}
 * @param resultPath template with {@code {request_id}}
 * @param statuses every status value, in spec order, and its outcome
 * @param failedHttpStatus the HTTP status a FAILED job is served with (422)
 * @param notFoundHttpStatus the HTTP status of an unknown or expired request id (404)
 * @param retention how long results are kept
 * @param pollInterval the default interval between status calls
 * @param deadline the default time to wait for a job
 * @param result where the result answer keeps what the client reads, when the spec says
 */
public record SegmindV2Spec(
    String submitPath,
    String statusPath,
    String resultPath,
    Map<String, StatusOutcome> statuses,
    int failedHttpStatus,
    int notFoundHttpStatus,
    Duration retention,
    Duration pollInterval,
    Duration deadline,
    Optional<ResultFieldsSpec> result,
    Optional<String> note)
    implements AsyncSpec {

  public static final String PROTOCOL = "segmind-v2";

  public SegmindV2Spec {
    Objects.requireNonNull(submitPath, "submitPath");
    Objects.requireNonNull(statusPath, "statusPath");
    Objects.requireNonNull(resultPath, "resultPath");
    statuses = Collections.unmodifiableMap(new LinkedHashMap<>(statuses));
    Objects.requireNonNull(retention, "retention");
    Objects.requireNonNull(pollInterval, "pollInterval");
    Objects.requireNonNull(deadline, "deadline");
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(note, "note");
  }

  @Override
  public String protocol() {
    return PROTOCOL;
  }
}
