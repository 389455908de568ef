package dev.orgd.bench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.DecoderException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResponseDecoderTest {

  private final ResponseDecoder decoder = new ResponseDecoder();
  private final EmbeddedChannel channel = new EmbeddedChannel(decoder);

  private List<Response> feed(String... parts) {
    for (String part : parts) {
      channel.writeInbound(Unpooled.copiedBuffer(part, StandardCharsets.ISO_8859_1));
    }
    List<Response> out = new ArrayList<>();
    for (Object o; (o = channel.readInbound()) != null; ) {
      out.add((Response) o);
    }
    return out;
  }

  @Test
  void readsAContentLengthBodyWhenAskedTo() {
    decoder.captureBody(true);
    List<Response> out =
        feed("HTTP/1.1 200 OK\r\nContent-Type: x\r\nContent-Length: 11\r\n\r\n{\"Id\":\"h\"}\n");

    assertThat(out)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.status()).isEqualTo(200);
              assertThat(r.bodyText()).isEqualTo("{\"Id\":\"h\"}\n");
              assertThat(r.keepAlive()).isTrue();
            });
  }

  @Test
  void skipsTheBodyOfASuccessUnlessAsked() {
    List<Response> out = feed("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}");

    assertThat(out).singleElement().satisfies(r -> assertThat(r.body()).isNull());
  }

  @Test
  void keepsTheBodyOfAnErrorToReportIt() {
    List<Response> out =
        feed("HTTP/1.1 400 Bad Request\r\ncontent-length: 13\r\n\r\n{\"__type\":1}\n");

    assertThat(out)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.ok()).isFalse();
              assertThat(r.bodyText()).isEqualTo("{\"__type\":1}\n");
            });
  }

  @Test
  void putsTogetherAnAnswerThatArrivesByteByByte() {
    decoder.captureBody(true);
    String response = "HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello";
    List<Response> out = new ArrayList<>();
    for (char c : response.toCharArray()) {
      out.addAll(feed(String.valueOf(c)));
    }

    assertThat(out).singleElement().satisfies(r -> assertThat(r.bodyText()).isEqualTo("hello"));
  }

  @Test
  void readsChunkedBodiesWithExtensionsAndTrailers() {
    decoder.captureBody(true);
    List<Response> out =
        feed(
            "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n",
            "5;ext=1\r\nhello\r\n6\r\n",
            " world\r\n0\r\nX-Trailer: t\r\n\r\n");

    assertThat(out)
        .singleElement()
        .satisfies(r -> assertThat(r.bodyText()).isEqualTo("hello world"));
  }

  @Test
  void splitsTwoAnswersThatArriveTogether() {
    List<Response> out =
        feed(
            "HTTP/1.1 204 No Content\r\n\r\n"
                + "HTTP/1.1 200 OK\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");

    assertThat(out).extracting(Response::status).containsExactly(204, 200);
    assertThat(out.get(1).keepAlive()).isFalse();
  }

  @Test
  void skipsAnInterimContinue() {
    List<Response> out =
        feed("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 201 Created\r\nContent-Length: 0\r\n\r\n");

    assertThat(out).extracting(Response::status).containsExactly(201);
  }

  @Test
  void followsHttp10KeepAliveRules() {
    assertThat(feed("HTTP/1.0 200 OK\r\nContent-Length: 0\r\n\r\n").get(0).keepAlive()).isFalse();
    assertThat(
            feed("HTTP/1.0 200 OK\r\nConnection: keep-alive\r\nContent-Length: 0\r\n\r\n")
                .get(0)
                .keepAlive())
        .isTrue();
  }

  @Test
  void readsABodyThatEndsWhenTheServerCloses() {
    decoder.captureBody(true);
    assertThat(feed("HTTP/1.0 200 OK\r\n\r\npart one, ", "part two")).isEmpty();

    channel.finish();
    Response r = channel.readInbound();

    assertThat(r.bodyText()).isEqualTo("part one, part two");
    assertThat(r.keepAlive()).isFalse();
  }

  @Test
  void refusesWhatIsNotHttp() {
    assertThatThrownBy(() -> feed("SSH-2.0-OpenSSH_9.2\r\n\r\n"))
        .isInstanceOf(DecoderException.class)
        .hasMessageContaining("not an HTTP/1.x response");
  }
}
