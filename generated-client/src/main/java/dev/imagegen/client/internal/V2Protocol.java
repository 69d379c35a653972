package dev.imagegen.client.internal;

import dev.imagegen.client.JobStatus;
import java.time.Duration;

/** The submit-poll-result protocol of a provider, from the provider spec's {@code async}. */
public final class V2Protocol {

  public static Builder builder() { throw new UnsupportedOperationException("TODO"); }

  /** Builds a {@link V2Protocol}. */
  public static final class Builder {
    public Builder status(String value, JobStatus.Outcome outcome) { throw new UnsupportedOperationException("TODO"); }
    public Builder failedHttpStatus(int status) { throw new UnsupportedOperationException("TODO"); }
    public Builder notFoundHttpStatus(int status) { throw new UnsupportedOperationException("TODO"); }
    public Builder retention(Duration retention) { throw new UnsupportedOperationException("TODO"); }
    public Builder pollInterval(Duration interval) { throw new UnsupportedOperationException("TODO"); }
    public Builder deadline(Duration deadline) { throw new UnsupportedOperationException("TODO"); }
    public V2Protocol build() { throw new UnsupportedOperationException("TODO"); }
  }
}
