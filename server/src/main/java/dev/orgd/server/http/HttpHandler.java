package dev.orgd.server.http;

import java.util.Map;

/**
 * What the HTTP engine calls for every request. It must always return a response (it turns its own
 * failures into error responses); the engine writes a bare 500 only if it throws anyway.
 */
public interface HttpHandler {

  HttpResponse handle(HttpRequest request);

  /**
   * The answer when the worker pool is full and the request cannot even be queued. The default is a
   * bare 503; the AWS handler answers with an error that SDKs retry.
   */
  default HttpResponse overloaded() {
    return new HttpResponse(503, Map.of("Retry-After", "1"), new byte[0]);
  }

  /**
   * The answer to a request the engine refused before it reached {@link #handle}: one that is not
   * HTTP or whose URI is not validly encoded (400), whose request line (414) or headers (431) are
   * too large, whose body is over the limit (413), whose {@code Expect} it cannot meet (417), or
   * whose headers came too slowly (408). The engine sends it in the request's turn, and closes the
   * connection after it when the request stream cannot be read on. The default is a bare response
   * with that status.
   */
  default HttpResponse refused(int status, String why) {
    return new HttpResponse(status, Map.of(), new byte[0]);
  }
}
