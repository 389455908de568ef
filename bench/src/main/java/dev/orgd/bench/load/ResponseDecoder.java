package dev.orgd.bench.load;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import io.netty.handler.codec.DecoderException;
import io.netty.handler.codec.TooLongFrameException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A minimal HTTP/1.1 response decoder for the load generator: status, Content-Length or chunked
 * bodies (or a body ending at close), and keep-alive. It copies a body only when asked to (or for a
 * non-2xx status, to report it), so that the generator spends as little CPU as possible on the two
 * cores it shares with the server. Netty's own HttpClientCodec builds header maps and content
 * objects for every response, which is correct but costs the server CPU it is measured on.
 */
public final class ResponseDecoder extends ByteToMessageDecoder {

  private static final int MAX_HEAD_BYTES = 64 * 1024;
  private static final int MAX_CHUNK_LINE_BYTES = 1024;

  private enum State {
    HEAD,
    FIXED_BODY,
    CHUNK_SIZE,
    CHUNK_DATA,
    CHUNK_DATA_END,
    TRAILERS,
    UNTIL_CLOSE
  }

  private State state = State.HEAD;
  private boolean captureNext;
  private int status;
  private boolean keepAlive;
  private boolean capturing;
  private long remaining;
  private byte[] body = new byte[0];
  private int bodyLength;

  /** Whether the body of the next response is kept; set before the request is written. */
  public void captureBody(boolean capture) {
    this.captureNext = capture;
  }

  @Override
  protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
    while (in.isReadable()) {
      if (!step(in, out)) {
        return;
      }
    }
  }

  @Override
  protected void decodeLast(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
    decode(ctx, in, out);
    if (state == State.UNTIL_CLOSE) {
      emit(out);
    }
  }

  /** Advances by one state; false when more bytes are needed. */
  private boolean step(ByteBuf in, List<Object> out) {
    switch (state) {
      case HEAD:
        return readHead(in, out);
      case FIXED_BODY:
        readBody(in);
        if (remaining == 0) {
          emit(out);
        }
        return true;
      case CHUNK_SIZE:
        return readChunkSize(in);
      case CHUNK_DATA:
        readBody(in);
        if (remaining == 0) {
          state = State.CHUNK_DATA_END;
        }
        return true;
      case CHUNK_DATA_END:
        if (in.readableBytes() < 2) {
          return false;
        }
        in.skipBytes(2);
        state = State.CHUNK_SIZE;
        return true;
      case TRAILERS:
        return readTrailer(in, out);
      case UNTIL_CLOSE:
        remaining = in.readableBytes();
        readBody(in);
        return false;
      default:
        throw new IllegalStateException(state.name());
    }
  }

  private boolean readHead(ByteBuf in, List<Object> out) {
    int end = headEnd(in);
    if (end < 0) {
      if (in.readableBytes() > MAX_HEAD_BYTES) {
        throw new TooLongFrameException("response head over " + MAX_HEAD_BYTES + " bytes");
      }
      return false;
    }
    int start = in.readerIndex();
    long contentLength = parseHead(in.toString(start, end - start, StandardCharsets.US_ASCII));
    in.readerIndex(end + 4);
    if (status >= 100 && status < 200) {
      return true; // an interim response (100 Continue): the real one follows
    }
    capturing = captureNext || status < 200 || status >= 300;
    bodyLength = 0;
    if (status == 204 || status == 304) {
      emit(out);
    } else if (contentLength == -2) {
      state = State.CHUNK_SIZE;
    } else if (contentLength >= 0) {
      remaining = contentLength;
      state = State.FIXED_BODY;
      if (remaining == 0) {
        emit(out);
      }
    } else {
      keepAlive = false;
      state = State.UNTIL_CLOSE;
    }
    return true;
  }

  /** Index of the CR of the blank line that ends the head, or -1. */
  private static int headEnd(ByteBuf in) {
    int from = in.readerIndex();
    int to = in.writerIndex();
    while (true) {
      int lf = in.indexOf(from, to, (byte) '\n');
      if (lf < 0 || lf + 2 >= to) {
        return -1;
      }
      if (in.getByte(lf + 1) == '\r' && in.getByte(lf + 2) == '\n') {
        return lf - 1;
      }
      from = lf + 1;
    }
  }

  /**
   * Reads the status line and headers into {@link #status} and {@link #keepAlive}; returns the
   * Content-Length, -2 for a chunked body, or -1 for a body that ends when the connection closes.
   */
  private long parseHead(String head) {
    if (!head.startsWith("HTTP/1.") || head.length() < 12) {
      throw new DecoderException("not an HTTP/1.x response: " + abbreviate(head));
    }
    status = Integer.parseInt(head, 9, 12, 10);
    keepAlive = head.charAt(7) != '0';
    long contentLength = -1;
    int lineStart = head.indexOf("\r\n") + 2;
    while (lineStart > 1 && lineStart < head.length()) {
      int lineEnd = head.indexOf("\r\n", lineStart);
      if (lineEnd < 0) {
        lineEnd = head.length();
      }
      int colon = head.indexOf(':', lineStart);
      if (colon > 0 && colon < lineEnd) {
        String name = head.substring(lineStart, colon).trim();
        String value = head.substring(colon + 1, lineEnd).trim();
        if (name.equalsIgnoreCase("content-length")) {
          contentLength = contentLength == -2 ? -2 : Long.parseLong(value);
        } else if (name.equalsIgnoreCase("transfer-encoding")
            && value.toLowerCase(Locale.ROOT).contains("chunked")) {
          contentLength = -2;
        } else if (name.equalsIgnoreCase("connection")) {
          if (value.equalsIgnoreCase("close")) {
            keepAlive = false;
          } else if (value.equalsIgnoreCase("keep-alive")) {
            keepAlive = true;
          }
        }
      }
      lineStart = lineEnd + 2;
    }
    return contentLength;
  }

  private boolean readChunkSize(ByteBuf in) {
    int lf = in.indexOf(in.readerIndex(), in.writerIndex(), (byte) '\n');
    if (lf < 0) {
      if (in.readableBytes() > MAX_CHUNK_LINE_BYTES) {
        throw new TooLongFrameException("chunk size line too long");
      }
      return false;
    }
    String line = in.toString(in.readerIndex(), lf - in.readerIndex(), StandardCharsets.US_ASCII);
    in.readerIndex(lf + 1);
    int semicolon = line.indexOf(';');
    String hex = (semicolon >= 0 ? line.substring(0, semicolon) : line).trim();
    remaining = Long.parseLong(hex, 16);
    state = remaining == 0 ? State.TRAILERS : State.CHUNK_DATA;
    return true;
  }

  private boolean readTrailer(ByteBuf in, List<Object> out) {
    int lf = in.indexOf(in.readerIndex(), in.writerIndex(), (byte) '\n');
    if (lf < 0) {
      return false;
    }
    boolean blank = lf - in.readerIndex() <= 1;
    in.readerIndex(lf + 1);
    if (blank) {
      emit(out);
    }
    return true;
  }

  private void readBody(ByteBuf in) {
    int n = (int) Math.min(remaining, in.readableBytes());
    if (capturing) {
      if (bodyLength + n > body.length) {
        body = Arrays.copyOf(body, Math.max(bodyLength + n, body.length * 2));
      }
      in.readBytes(body, bodyLength, n);
      bodyLength += n;
    } else {
      in.skipBytes(n);
    }
    remaining -= n;
  }

  private void emit(List<Object> out) {
    byte[] kept = capturing ? Arrays.copyOf(body, bodyLength) : null;
    out.add(new Response(status, kept, keepAlive));
    state = State.HEAD;
    bodyLength = 0;
  }

  private static String abbreviate(String s) {
    return s.length() <= 80 ? s : s.substring(0, 80) + "...";
  }
}
