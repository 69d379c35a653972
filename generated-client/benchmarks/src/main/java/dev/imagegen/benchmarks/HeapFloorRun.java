package dev.imagegen.benchmarks;

import dev.imagegen.client.GeneratedImage;
import dev.imagegen.client.ImageInput;
import dev.imagegen.client.Job;
import dev.imagegen.client.segmind.FluxControlnetRequest;
import dev.imagegen.client.segmind.FluxSchnellRequest;
import dev.imagegen.client.segmind.SegmindClient;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Base64;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.BufferedSink;

/**
 * One transfer in a JVM of its own, started by {@link HeapFloors} with a small {@code -Xmx}: it exits
 * 0 when the transfer succeeds, and otherwise with an error (or, with
 * {@code -XX:+ExitOnOutOfMemoryError}, at the first {@link OutOfMemoryError}).
 *
 * <p>Arguments: the {@link Transfer}'s name, the server's base URL, and the file to upload or the file
 * to write the image to.
 */
final class HeapFloorRun {

  private static final String API_KEY = "k";
  private static final String PROMPT = "a tiger";
  private static final MediaType JSON = MediaType.get("application/json; charset=UTF-8");

  private HeapFloorRun() {}

  /**
   * Runs the transfer {@code args[0]} against base URL {@code args[1]} with file {@code args[2]}.
   *
   * @throws IOException when a raw OkHttp transfer fails
   * @throws IllegalStateException when the server's answer is not what it sent
   */
  public static void main(String[] args) throws IOException {
    Transfer.valueOf(args[0]).run(args[1], Path.of(args[2]));
    // The clients' pools would otherwise keep the JVM up a while after the transfer.
    System.exit(0);
  }

  /** What a child JVM transfers, through the client or through OkHttp alone. */
  enum Transfer {
    /** The client's {@code fluxControlnet().generate} with the file as its image, then closing the answer. */
    UPLOAD_V1("upload v1", false) {
      @Override
      void run(String baseUrl, Path file) {
        try (GeneratedImage image = client(baseUrl).fluxControlnet().generate(controlnet(file))) {
          requireJpeg(image.byteBuffer());
        }
      }
    },
    /** The client's {@code fluxControlnet().submit} with the file as its image, and nothing after. */
    UPLOAD_V2("upload v2", false) {
      @Override
      void run(String baseUrl, Path file) {
        Job job = client(baseUrl).fluxControlnet().submit(controlnet(file));
        if (!job.requestId().equals("req-1")) {
          throw new IllegalStateException("request id " + job.requestId());
        }
      }
    },
    /** OkHttp posting the same JSON, the file base64-encoded as it is read, and reading the answer. */
    RAW_UPLOAD("upload, raw OkHttp", false) {
      @Override
      void run(String baseUrl, Path file) throws IOException {
        try (Response response = rawClient().newCall(post(baseUrl + "v1/flux-controlnet", new FileJson(file)))
            .execute()) {
          requireJpeg(ByteBuffer.wrap(response.body().bytes()));
        }
      }
    },
    /** The client's {@code fluxSchnell().generate}, streaming the image to the file. */
    DOWNLOAD("download", true) {
      @Override
      void run(String baseUrl, Path file) {
        FluxSchnellRequest request = FluxSchnellRequest.builder().prompt(PROMPT).build();
        try (GeneratedImage image = client(baseUrl).fluxSchnell().generate(request)) {
          image.writeTo(file);
        }
      }
    },
    /** OkHttp posting the same prompt and copying the body's stream to the file. */
    RAW_DOWNLOAD("download, raw OkHttp", true) {
      @Override
      void run(String baseUrl, Path file) throws IOException {
        byte[] json = ("{\"prompt\":\"" + PROMPT + "\"}").getBytes(StandardCharsets.UTF_8);
        try (Response response = rawClient().newCall(post(baseUrl + "v1/flux-schnell", RequestBody.create(json, JSON)))
            .execute()) {
          Files.copy(response.body().byteStream(), file, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    };

    private final String label;
    private final boolean download;

    Transfer(String label, boolean download) {
      this.label = label;
      this.download = download;
    }

    /** How the report names it, such as {@code upload v1}. */
    String label() {
      return label;
    }

    /** True when it writes the server's large image to its file; false when it uploads its file. */
    boolean download() {
      return download;
    }

    /**
     * Transfers {@code file} to, or the image into it from, the server at {@code baseUrl}.
     *
     * @throws IOException when a raw OkHttp transfer fails
     */
    abstract void run(String baseUrl, Path file) throws IOException;
  }

  private static SegmindClient client(String baseUrl) {
    return SegmindClient.builder().apiKey(API_KEY).baseUrl(baseUrl).build();
  }

  private static FluxControlnetRequest controlnet(Path file) {
    return FluxControlnetRequest.builder()
        .image(ImageInput.fromPath(file))
        .prompt(PROMPT)
        .sampler(FluxControlnetRequest.Sampler.EULER)
        .scheduler(FluxControlnetRequest.Scheduler.NORMAL)
        .seed(1)
        .build();
  }

  /** OkHttp with the client's read timeout, so that neither side gives up sooner. */
  private static OkHttpClient rawClient() {
    return new OkHttpClient.Builder().readTimeout(Duration.ofMinutes(2)).build();
  }

  private static Request post(String url, RequestBody body) {
    return new Request.Builder().url(url).header("x-api-key", API_KEY).post(body).build();
  }

  private static void requireJpeg(ByteBuffer answer) {
    if (answer.remaining() < 2 || answer.get(0) != (byte) 0xFF || answer.get(1) != (byte) 0xD8) {
      throw new IllegalStateException("the answer is no JPEG");
    }
  }

  /**
   * The controlnet request's JSON, written as it is sent: the file base64-encoded by
   * {@link Base64#getEncoder()} as it is read, in chunks, its length unknown.
   */
  private static final class FileJson extends RequestBody {

    private final Path file;

    FileJson(Path file) {
      this.file = file;
    }

    @Override
    public MediaType contentType() {
      return JSON;
    }

    @Override
    public long contentLength() {
      return -1;
    }

    @Override
    public void writeTo(BufferedSink sink) throws IOException {
      sink.writeUtf8("{\"image\":\"");
      try (InputStream in = Files.newInputStream(file);
          OutputStream base64 = Base64.getEncoder().wrap(unclosable(sink.outputStream()))) {
        in.transferTo(base64);
      }
      sink.writeUtf8("\",\"prompt\":\"" + PROMPT + "\",\"sampler\":\"euler\",\"scheduler\":\"normal\",\"seed\":1}");
    }

    /** {@code out}, except that closing it only flushes: the encoder's close writes its padding. */
    private static OutputStream unclosable(OutputStream out) {
      return new OutputStream() {
        @Override
        public void write(int b) throws IOException {
          out.write(b);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
          out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
          out.flush();
        }
      };
    }
  }
}
