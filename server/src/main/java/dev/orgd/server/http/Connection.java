package dev.orgd.server.http;

import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.socket.ChannelInputShutdownEvent;
import io.netty.channel.socket.DuplexChannel;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import io.netty.util.ReferenceCountUtil;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One connection's requests, answered one at a time and in the order they arrived, whether the
 * answer is the handler's or a refusal of the engine (a request it cannot read, a body too large,
 * headers too slow). A refusal after which the request stream cannot be trusted closes the
 * connection, and says so ({@code Connection: close}); so does a client that asked for it. Closing
 * shuts the output down first and reads on for a moment, so that the client gets the answer rather
 * than a reset for the bytes it was still sending. A client that shut its own output down after its
 * last request still gets every answer. All state is touched on the connection's event loop.
 */
final class Connection extends ChannelInboundHandlerAdapter {
  private static final Logger LOG = LoggerFactory.getLogger(Connection.class);

  /** Requests a connection may have waiting before the engine stops reading from it. */
  private static final int MAX_PIPELINED = 16;

  /** How long a closing connection reads on (and discards) before it is closed anyway. */
  private static final long LINGER_MILLIS = 2000;

  /** A request the engine refused before it reached the handler (the aggregator fires these). */
  record Refusal(int status, String why, boolean close) {}

  /** One request to answer: the handler's call, or a ready answer (a refusal). */
  private record Exchange(
      HttpRequest request, HttpResponse ready, HttpVersion version, boolean close) {}

  private final HttpHandler handler;
  private final Executor pool;
  private final ArrayDeque<Exchange> queue = new ArrayDeque<>();
  private final Deadlines deadlines;
  private ChannelHandlerContext ctx;
  private boolean busy;
  private boolean closing;
  private boolean lingering;
  private boolean inputClosed;

  /**
   * @param pool where the handler runs, or null to run it on the event loop
   */
  Connection(HttpHandler handler, Executor pool, Duration headerTimeout, Duration idleTimeout) {
    this.handler = handler;
    this.pool = pool;
    this.deadlines =
        new Deadlines(
            headerTimeout,
            idleTimeout,
            () -> busy,
            () ->
                enqueue(
                    refusal(
                        408,
                        "The request's headers did not arrive within "
                            + headerTimeout.toSeconds()
                            + " seconds.",
                        HttpVersion.HTTP_1_1,
                        true)));
  }

  Deadlines deadlines() {
    return deadlines;
  }

  @Override
  public void handlerAdded(ChannelHandlerContext context) {
    ctx = context;
  }

  @Override
  public void channelRead(ChannelHandlerContext context, Object msg) {
    try {
      if (!closing && (msg instanceof FullHttpRequest || msg instanceof Refusal)) {
        enqueue(exchange(msg));
      }
    } finally {
      ReferenceCountUtil.release(msg);
    }
  }

  private Exchange exchange(Object msg) {
    if (msg instanceof Refusal r) {
      return refusal(r.status(), r.why(), HttpVersion.HTTP_1_1, r.close());
    }
    FullHttpRequest request = (FullHttpRequest) msg;
    if (!request.decoderResult().isSuccess()) {
      return unreadable(request.decoderResult().cause());
    }
    HttpVersion version = request.protocolVersion();
    boolean close = !HttpUtil.isKeepAlive(request);
    if (hasUnsupportedExpectation(request)) {
      String expect = request.headers().get(HttpHeaderNames.EXPECT);
      return refusal(417, "Expect: " + expect + " is not supported.", version, close);
    }
    try {
      return new Exchange(toRequest(request), null, version, close);
    } catch (IllegalArgumentException e) { // a percent sign not followed by two hex digits
      return refusal(400, "The request's URI is not validly percent-encoded.", version, close);
    }
  }

  private Exchange unreadable(Throwable cause) {
    if (cause instanceof TooLongHttpHeaderException) {
      return refusal(431, "The request's headers are too large.", HttpVersion.HTTP_1_1, true);
    }
    if (cause instanceof TooLongHttpLineException) {
      return refusal(414, "The request line is too long.", HttpVersion.HTTP_1_1, true);
    }
    return refusal(400, "The request is not valid HTTP/1.1.", HttpVersion.HTTP_1_1, true);
  }

  private static boolean hasUnsupportedExpectation(FullHttpRequest request) {
    String expect = request.headers().get(HttpHeaderNames.EXPECT);
    return expect != null
        && request.protocolVersion().compareTo(HttpVersion.HTTP_1_1) >= 0
        && !HttpHeaderValues.CONTINUE.contentEqualsIgnoreCase(expect);
  }

  private Exchange refusal(int status, String why, HttpVersion version, boolean close) {
    HttpResponse response;
    try {
      response = handler.refused(status, why);
    } catch (RuntimeException e) {
      LOG.error("handler failed to refuse a request", e);
      response = new HttpResponse(status, Map.of(), new byte[0]);
    }
    return new Exchange(null, response, version, close);
  }

  private void enqueue(Exchange exchange) {
    if (closing) {
      return;
    }
    closing = exchange.close();
    queue.add(exchange);
    if (queue.size() >= MAX_PIPELINED) {
      ctx.channel().config().setAutoRead(false);
    }
    if (!busy) {
      next();
    }
  }

  /** Answers the oldest waiting request; the next one waits until its answer is written. */
  private void next() {
    Exchange exchange = queue.poll();
    busy = exchange != null;
    if (exchange == null) {
      ctx.channel().config().setAutoRead(true);
      if (inputClosed) {
        ctx.close(); // the client sent its last request and has every answer
      }
      return;
    }
    if (exchange.ready() != null) {
      answer(exchange, exchange.ready());
    } else if (pool == null) {
      answer(exchange, call(exchange.request()));
    } else {
      runOnPool(exchange);
    }
  }

  private void runOnPool(Exchange exchange) {
    try {
      pool.execute(
          () -> {
            HttpResponse response = call(exchange.request());
            try {
              ctx.executor().execute(() -> answer(exchange, response));
            } catch (RejectedExecutionException stopping) {
              LOG.debug("dropping a response: the server is stopping");
            }
          });
    } catch (RejectedExecutionException e) {
      answer(exchange, handler.overloaded());
    }
  }

  private HttpResponse call(HttpRequest request) {
    try {
      return handler.handle(request);
    } catch (Throwable t) { // the handler's contract is to never throw: last resort, never hang
      LOG.error("handler failed for {}", request, t);
      return new HttpResponse(500, Map.of(), new byte[0]);
    }
  }

  private void answer(Exchange exchange, HttpResponse response) {
    if (response.delayMillis() > 0) { // an injected slow call: later, and the queue waits for it
      ctx.executor()
          .schedule(
              () -> answer(exchange, response.delayed(0)),
              response.delayMillis(),
              TimeUnit.MILLISECONDS);
      return;
    }
    ChannelFuture written = write(exchange.version(), response, exchange.close());
    deadlines.touch();
    if (exchange.close()) {
      queue.clear();
      written.addListener(done -> closeGracefully());
    } else {
      next();
    }
  }

  private ChannelFuture write(HttpVersion version, HttpResponse response, boolean close) {
    if (!ctx.channel().isActive()) {
      return ctx.newSucceededFuture();
    }
    FullHttpResponse out =
        new DefaultFullHttpResponse(
            version,
            HttpResponseStatus.valueOf(response.status()),
            Unpooled.wrappedBuffer(response.bodyBytes()));
    response.headers().forEach((name, value) -> out.headers().set(name, value));
    out.headers().setInt(HttpHeaderNames.CONTENT_LENGTH, response.bodyLength());
    if (close) {
      out.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
    } else if (version.equals(HttpVersion.HTTP_1_0)) {
      out.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.KEEP_ALIVE);
    }
    return ctx.writeAndFlush(out);
  }

  /**
   * Shuts the output down (the client reads the answer, then the end), reads on and discards until
   * the client closes its side or the linger time is up, then closes.
   */
  private void closeGracefully() {
    if (!ctx.channel().isActive() || inputClosed) {
      ctx.close();
      return;
    }
    lingering = true;
    ctx.channel().config().setAutoRead(true);
    if (ctx.channel() instanceof DuplexChannel duplex) {
      duplex.shutdownOutput();
    }
    ctx.executor().schedule(() -> ctx.close(), LINGER_MILLIS, TimeUnit.MILLISECONDS);
  }

  @Override
  public void userEventTriggered(ChannelHandlerContext context, Object event) throws Exception {
    if (event instanceof ChannelInputShutdownEvent) {
      inputClosed = true;
      if (!busy || lingering) {
        context.close();
      }
    }
    super.userEventTriggered(context, event);
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext context, Throwable cause) {
    LOG.debug("connection {} failed", context.channel().remoteAddress(), cause);
    context.close();
  }

  private static HttpRequest toRequest(FullHttpRequest msg) {
    QueryStringDecoder uri = new QueryStringDecoder(msg.uri());
    Map<String, String> query = new HashMap<>();
    for (Map.Entry<String, List<String>> param : uri.parameters().entrySet()) {
      if (!param.getValue().isEmpty()) {
        query.put(param.getKey(), param.getValue().get(0));
      }
    }
    Map<String, String> headers = new HashMap<>();
    for (Map.Entry<String, String> header : msg.headers()) {
      headers.merge(
          header.getKey().toLowerCase(Locale.ROOT), header.getValue(), (a, b) -> a + "," + b);
    }
    return new HttpRequest(
        msg.method().name(), uri.path(), query, headers, ByteBufUtil.getBytes(msg.content()));
  }
}
