package dev.imagegen.client.testing;

import static dev.imagegen.client.JobStatus.Outcome.FAILED;
import static dev.imagegen.client.JobStatus.Outcome.PENDING;
import static dev.imagegen.client.JobStatus.Outcome.SUCCEEDED;

import dev.imagegen.client.internal.ProviderDescriptor;
import dev.imagegen.client.internal.V2Protocol;
import java.time.Duration;

/** Provider descriptors as the generated clients declare them. */
public final class TestProviders {

  public static final ProviderDescriptor SEGMIND = ProviderDescriptor.builder("segmind").title("Segmind")
      .defaultBaseUrl("https://api.segmind.com").baseUrlEnv("SEGMIND_BASE_URL")
      .auth("x-api-key", null, "SEGMIND_API_KEY")
      .creditsHeader("x-remaining-credits").rateLimitHeaders("Retry-After", "x-rate-limit-reset-at-utc")
      .v2(V2Protocol.builder().status("QUEUED", PENDING).status("PROCESSING", PENDING)
          .status("COMPLETED", SUCCEEDED).status("FAILED", FAILED).failedHttpStatus(422).notFoundHttpStatus(404)
          .retention(Duration.parse("PT1H")).pollInterval(Duration.parse("PT1S")).deadline(Duration.parse("PT10M"))
          .build())
      .build();

  public static final ProviderDescriptor QOLABA = ProviderDescriptor.builder("qolaba").title("Qolaba")
      .defaultBaseUrl("https://api.qolaba.ai/api/v1").baseUrlEnv("QOLABA_BASE_URL")
      .auth("Authorization", "Bearer", "QOLABA_API_KEY")
      .build();

  private TestProviders() {}
}
