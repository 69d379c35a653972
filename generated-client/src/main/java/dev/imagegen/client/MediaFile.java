package dev.imagegen.client;

import dev.imagegen.client.error.TransportException;
import dev.imagegen.client.error.UnexpectedResponseException;
import dev.imagegen.client.error.UnexpectedStatusException;
import dev.imagegen.client.internal.BodyText;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalLong;
import okhttp3.Call;
import okhttp3.HttpUrl;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * An image or video a v2 job produced, hosted by the provider: {@code {url, content_type, file_name,
 * file_size}} in the result's {@code images} list or {@code video} field at Segmind, whose public
 * URLs are kept 7 days (docs.segmind.com, async inference).
 *
 * <pre>{@code
 * for (MediaFile file : result.media()) {
 *   file.downloadTo(Path.of(file.fileName().orElse("output.png")));
 * }
 * }</pre>
 *
 * <p>A download sends no API key: the URL comes from the server's answer, not from the client's base
 * URL, and may point anywhere.
 */
public final class MediaFile {

  private final String requestId;
  private final String url;
  private final String contentType;
  private final String fileName;
  private final Long fileSize;
  private final Call.Factory http;

  /**
   * Made by the runtime, through {@code RuntimeAccess}.
   *
   * @param requestId the job that made the file
   * @param contentType null when the server did not say, as are {@code fileName} and {@code fileSize}
   * @param fileSize in bytes
   * @param http sends the download; it must not add the API key
   */
  MediaFile(String requestId, String url, String contentType, String fileName, Long fileSize,
      Call.Factory http) {
    this.requestId = requestId;
    this.url = url;
    this.contentType = contentType;
    this.fileName = fileName;
    this.fileSize = fileSize;
    this.http = http;
  }

  /** Where the file is hosted. */
  public String url() {
    return url;
  }

  /** The file's content type, such as {@code image/png} or {@code video/mp4}. */
  public Optional<String> contentType() {
    return Optional.ofNullable(contentType);
  }

  /** The server's name for the file. */
  public Optional<String> fileName() {
    return Optional.ofNullable(fileName);
  }

  /** The file's size, in bytes. */
  public OptionalLong fileSize() {
    return fileSize == null ? OptionalLong.empty() : OptionalLong.of(fileSize);
  }

  /**
   * Streams the file to {@code file}, replacing it, and returns the number of bytes written. A partly
   * written file is deleted when the transfer fails.
   *
   * @throws UnexpectedResponseException when the URL is not an http or https URL
   * @throws UnexpectedStatusException when the host answers with a status other than 2xx
   * @throws TransportException when the download fails below HTTP
   * @throws java.io.UncheckedIOException when {@code file} cannot be written
   */
  public long downloadTo(Path file) {
    HttpUrl source = HttpUrl.parse(url);
    if (source == null) {
      throw new UnexpectedResponseException("the media URL of request " + requestId + " is not an http(s) URL: "
          + BodyText.excerpt(url), requestId);
    }
    String call = "GET " + source.newBuilder().query(null).build();
    return FileTransfer.write("the media file", file, () -> open(call, source),
        e -> TransportException.during("reading " + call, requestId, e));
  }

  private InputStream open(String call, HttpUrl source) {
    Response response;
    try {
      response = http.newCall(new Request.Builder().url(source).build()).execute();
    } catch (IOException e) {
      throw TransportException.during(call, requestId, e);
    }
    ResponseBody body = response.body();
    if (!response.isSuccessful()) {
      String excerpt;
      try (response) {
        excerpt = BodyText.excerpt(body == null ? "" : body.string());
      } catch (IOException e) {
        excerpt = "";
      }
      throw new UnexpectedStatusException(call, response.code(), requestId, excerpt, null);
    }
    return body.byteStream();
  }

  @Override
  public String toString() {
    return "MediaFile{" + url + (contentType == null ? "" : ", " + contentType)
        + (fileSize == null ? "" : ", " + fileSize + " bytes") + '}';
  }
}
