package dev.orgd.server.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** HTTP/1.1 by hand over a socket, for what real clients never send. */
final class RawHttp {
  private static final Pattern CONTENT_LENGTH =
      Pattern.compile("(?i)content-length:\\s*(\\d+)\\r\\n");

  private RawHttp() {}

  static void send(Socket socket, String text) throws IOException {
    socket.getOutputStream().write(text.getBytes(StandardCharsets.ISO_8859_1));
    socket.getOutputStream().flush();
  }

  /** Reads one response with a Content-Length body; returns head and body as text. */
  static String readResponse(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    while (!head.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
      int b = in.read();
      if (b < 0) {
        throw new IOException("connection closed after " + head);
      }
      head.write(b);
    }
    String headText = head.toString(StandardCharsets.US_ASCII);
    Matcher m = CONTENT_LENGTH.matcher(headText);
    int length = m.find() ? Integer.parseInt(m.group(1)) : 0;
    return headText + new String(in.readNBytes(length), StandardCharsets.UTF_8);
  }

  /** Whether the server closed the connection (end of stream) within {@code millis}. */
  static boolean closedWithin(Socket socket, int millis) throws IOException {
    socket.setSoTimeout(millis);
    try {
      return socket.getInputStream().read() < 0;
    } catch (SocketTimeoutException stillOpen) {
      return false;
    }
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
