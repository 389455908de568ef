package dev.orgd.bench.load;

import java.nio.charset.StandardCharsets;

/**
 * One decoded HTTP response.
 *
 * @param status the status code
 * @param body the body when the request asked for it or the status is not 2xx, else null
 * @param keepAlive whether the connection can carry the next request
 */
public record Response(int status, byte[] body, boolean keepAlive) {

  public boolean ok() {
    return status >= 200 && status < 300;
  }

  /** The body as text, or "" when it was not kept. */
  public String bodyText() {
    return body == null ? "" : new String(body, StandardCharsets.UTF_8);
  }
}
