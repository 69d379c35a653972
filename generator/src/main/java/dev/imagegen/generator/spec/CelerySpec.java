package dev.imagegen.generator.spec;

import java.util.Objects;
import java.util.Optional;

/**
 * Qolaba's celery queue: a flag in the body asks for queueing and the response carries a task id.
 *
 * @param flagParameter the body field that asks for queueing ({@code celery})
 * @param taskIdField the response field that holds the task id ({@code task_id})
 * @param statusPath the default task-status path, with {@code {task_id}}; clients can override it
 */
public record CelerySpec(String flagParameter, String taskIdField, String statusPath, Optional<String> note)
    implements AsyncSpec {

  public static final String PROTOCOL = "celery";

  public CelerySpec {
    Objects.requireNonNull(flagParameter, "flagParameter");
    Objects.requireNonNull(taskIdField, "taskIdField");
    Objects.requireNonNull(statusPath, "statusPath");
    Objects.requireNonNull(note, "note");
  }

  @Override
  public String protocol() {
    return PROTOCOL;
  }
}
