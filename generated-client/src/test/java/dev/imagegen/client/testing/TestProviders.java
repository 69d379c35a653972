package dev.imagegen.client.testing;

import static dev.imagegen.client.JobStatus.Outcome.FAILED;
import static dev.imagegen.client.JobStatus.Outcome.PENDING;
import static dev.imagegen.client.JobStatus.Outcome.SUCCEEDED;

import dev.imagegen.client.internal.ProviderDescriptor;
import dev.imagegen.client.internal.ResultFields;
import dev.imagegen.client.internal.V2Protocol;
import java.time.Duration;

/** Provider descriptors as the generated clients declare them. */
public final class TestProviders {

  public static final ProviderDescriptor SEGMIND = ProviderDescriptor.builder("segmind").title("Segmind")
      .defaultBaseUrl("https://api.segmind.com").baseUrlEnv("SEGMIND_BASE_URL")
      .auth("x-api-key", null, "SEGMIND_API_KEY")
      .requestIdHeader("x-request-id").costHeader("x-cost").creditsHeader("x-remaining-credits")
      .generationTimeHeader("x-generation-time").seedHeader("x-seed-value")
      .rateLimitHeaders("Retry-After", "x-rate-limit-reset-at-utc")
      .v2(V2Protocol.builder().status("QUEUED", PENDING).status("PROCESSING", PENDING)
          .status("COMPLETED", SUCCEEDED).status("FAILED", FAILED).failedHttpStatus(422).notFoundHttpStatus(404)
          .retention(Duration.parse("PT1H")).pollInterval(Duration.parse("PT1S")).deadline(Duration.parse("PT10M"))
          .resultFields(ResultFields.builder().output("output").seed("seed").media("images", "video")
              .metrics("metrics").cost("cost").remainingCredits("remaining_credits").inferenceTime("inference_time")
              .queueTime("queue_time").totalTime("total_time").retryCount("retry_count").build())
          .build())
      .build();

  public static final ProviderDescriptor QOLABA = ProviderDescriptor.builder("qolaba").title("Qolaba")
      .defaultBaseUrl("https://api.qolaba.ai/api/v1").baseUrlEnv("QOLABA_BASE_URL")
      .auth("Authorization", "Bearer", "QOLABA_API_KEY")
      .taskIdField("task_id")
      .build();

  private TestProviders() {}
}
