/**
 * The runtime the generated provider clients (such as {@code dev.imagegen.client.segmind.SegmindClient}) are built
 * on, and the types you program against: options, inputs, results and jobs. {@link dev.imagegen.client.ClientOptions}
 * and {@link dev.imagegen.client.RetryPolicy} set up a client, {@link dev.imagegen.client.RequestOptions} overrides
 * its settings for one call, and {@link dev.imagegen.client.ImageInput} carries an input image by URL or from a
 * file. A sync call returns a {@link dev.imagegen.client.GeneratedImage} (a {@link dev.imagegen.client.JsonResponse}
 * for a model that answers with JSON); a v2 call returns a {@link dev.imagegen.client.Job} at once, whose
 * {@link dev.imagegen.client.InferenceResult} holds the output, the {@link dev.imagegen.client.MediaFile}s made
 * and the server's {@link dev.imagegen.client.InferenceMetrics}. What the client throws is in
 * {@link dev.imagegen.client.error}; the checks run before any HTTP call are in
 * {@link dev.imagegen.client.validation}.
 */
package dev.imagegen.client;
