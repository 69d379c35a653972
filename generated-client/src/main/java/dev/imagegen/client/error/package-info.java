/**
 * The exceptions the client throws. Every one is an unchecked {@link dev.imagegen.client.error.ImageGenException},
 * so that one {@code catch} covers them all, and no message holds the API key. An HTTP error status is an
 * {@link dev.imagegen.client.error.ApiException}, which keeps the status, the request id when one is known, an
 * excerpt of the body and the server's own error text, as a subclass per documented status (such as
 * {@link dev.imagegen.client.error.UnauthorizedException} for 401 or
 * {@link dev.imagegen.client.error.RateLimitedException} for 429, with the wait the server asked for), else an
 * {@link dev.imagegen.client.error.UnexpectedStatusException}. A failure below HTTP is a
 * {@link dev.imagegen.client.error.TransportException}, a time limit that passed a
 * {@link dev.imagegen.client.error.CallTimeoutException}; a successful status with a body the client cannot use is
 * an {@link dev.imagegen.client.error.UnexpectedResponseException}; a v2 job that failed or outlived its deadline
 * ends the wait with an {@link dev.imagegen.client.error.InferenceFailedException} or an
 * {@link dev.imagegen.client.error.InferenceTimeoutException}, whose request id lets you come back for the job; a
 * request that could not be built, so that nothing was sent, is a
 * {@link dev.imagegen.client.error.RequestEncodingException}. A request that breaks its model's rules is a
 * {@link dev.imagegen.client.validation.ValidationException}, an {@code ImageGenException} too.
 */
package dev.imagegen.client.error;
