package dev.imagegen.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RedactorTest {

  /** Every character a server might escape: a JSON quote and backslash, a slash, URL and HTML specials. */
  private static final String KEY = "sk/\"a+b\\c&d<e>f'g=h";
  private final Redactor redactor = new Redactor(KEY);

  @Test
  void theKeyAsSentIsMasked() {
    assertThat(redactor.redact("key " + KEY + " and " + KEY)).isEqualTo("key **** and ****");
  }

  @Test
  void theKeyEscapedForJsonIsMasked() {
    assertThat(redactor.redact("{\"key\":\"sk/\\\"a+b\\\\c&d<e>f'g=h\"}")).isEqualTo("{\"key\":\"****\"}");
    String slashEscaped = "sk\\/\"a+b\\c&d<e>f'g=h";
    assertThat(redactor.redact(slashEscaped)).isEqualTo("****");
  }

  @Test
  void theKeyEscapedForHtmlIsMasked() {
    assertThat(redactor.redact("<p>sk/&quot;a+b\\c&amp;d&lt;e&gt;f&#39;g=h</p>")).isEqualTo("<p>****</p>");
  }

  @Test
  void theKeyEncodedForAUrlIsMaskedWhateverTheCaseOfItsEscapes() {
    assertThat(redactor.redact("?k=sk%2F%22a%2Bb%5Cc%26d%3Ce%3Ef%27g%3Dh")).isEqualTo("?k=****");
    assertThat(redactor.redact("?k=sk%2f%22a%2bb%5cc%26d%3ce%3ef%27g%3dh")).isEqualTo("?k=****");
  }

  @Test
  void aJsonBodyThatHidesTheKeyInUnicodeEscapesIsGivenParsedAndMasked() {
    String hidden = "{\"error\": \"bad key \\u0073k/\\\"a+b\\\\c\\u0026d<e>f'g=h\"}";
    assertThat(redactor.redact(hidden)).isEqualTo(hidden);
    assertThat(redactor.redactBody(hidden)).isEqualTo("{\"error\":\"bad key ****\"}");
  }

  @Test
  void aBodyWithoutTheKeyIsKeptAsSent() {
    String json = "{\"error\": \"nope\",\n \"code\": 1e3}";
    assertThat(redactor.redactBody(json)).isEqualTo(json);
    assertThat(redactor.redactBody("<html>busy</html>")).isEqualTo("<html>busy</html>");
    assertThat(redactor.redactBody("")).isEmpty();
  }
}
