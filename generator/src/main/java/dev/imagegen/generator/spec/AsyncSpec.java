package dev.imagegen.generator.spec;

import java.util.Optional;

/** A provider's protocol for queued work: Segmind's v2 or Qolaba's celery queue. */
public sealed interface AsyncSpec permits SegmindV2Spec, CelerySpec {

  /** The spelling of the protocol in the spec's {@code async.protocol}. */
  String protocol();

  Optional<String> note();
}
