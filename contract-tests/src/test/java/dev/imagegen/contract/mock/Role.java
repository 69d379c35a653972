package dev.imagegen.contract.mock;

/** What a stubbed answer stands for; the stub audit checks each answer against its role's spec. */
public enum Role {
  /** 200 with the output of a sync call: image bytes, or JSON for a model that answers JSON. */
  SYNC_OUTPUT,
  /** 200 to a v2 submit: {@code {request_id, status, ...}}. */
  SUBMIT_ACCEPTED,
  /** 200 to a v2 status call: {@code {status}}. */
  JOB_STATUS,
  /** 200 to a v2 result call: {@code {status, output, metrics}}. */
  JOB_RESULT,
  /** The protocol's failed HTTP status (Segmind: 422) with the error. */
  JOB_FAILED,
  /** The protocol's not-found HTTP status (Segmind: 404) for an unknown or expired id. */
  JOB_NOT_FOUND,
  /** An error status the provider documents, with {@code {error}}. */
  DOCUMENTED_ERROR,
  /** A status the provider does not document, on purpose. */
  UNDOCUMENTED_STATUS,
  /** A broken connection instead of an answer. */
  FAULT
}
