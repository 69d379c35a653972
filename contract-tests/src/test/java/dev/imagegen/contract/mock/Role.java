package dev.imagegen.contract.mock;

/** What a stubbed answer stands for; the stub audit checks each answer against its role's spec. */
public enum Role {
  /** 200 with the output of a sync call: image bytes, or JSON for a model that answers JSON. */
  SYNC_OUTPUT,
  /**
   * 200 to a sync call of a model that answers images, whose body is not image bytes of one of its
   * content types, on purpose: base64 text, a data URI, a JSON string of either, other JSON or an HTML page.
   */
  SYNC_OTHER_BODY,
  /** 200 to a v2 submit: {@code {request_id, status, ...}}. */
  SUBMIT_ACCEPTED,
  /** 200 to a v2 status call: {@code {status}}. */
  JOB_STATUS,
  /**
   * 200 to a v2 status call whose status is not a value the spec lists as written, on purpose: one in
   * another case or with whitespace around it, or one the spec does not list at all; {@code {status, error?}}.
   */
  OFF_LIST_STATUS,
  /**
   * 200 to a v2 result call: the status, and the output, seed, metrics and media in the fields the spec's
   * {@code async.result} names.
   */
  JOB_RESULT,
  /**
   * A {@link #JOB_RESULT} whose declared media fields hold what the spec does not document, on purpose:
   * items without a url or with one that is no text, items that are no object, optional fields of
   * another type, a file size that is no whole number.
   */
  JOB_RESULT_ODD_MEDIA,
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
