package dev.orgd.server.http;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.IoHandlerFactory;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.ServerChannel;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpMessage;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMessage;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.HttpServerKeepAliveHandler;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.net.InetSocketAddress;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP/1.1 engine (Netty; epoll when available, else NIO). It reads whole requests (bodies up
 * to {@link Options#maxBodyBytes()}, larger ones get 413), keeps connections alive, answers
 * pipelined requests in order, and calls the {@link HttpHandler} either on the I/O thread (for a
 * handler that never blocks) or on a bounded worker pool (for one that does).
 */
public final class NettyHttpTransport implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(NettyHttpTransport.class);

  /** Requests a connection may have waiting before the engine stops reading from it. */
  private static final int MAX_PIPELINED = 16;

  private static final long CLOSE_TIMEOUT_SECONDS = 2;

  /**
   * How the engine runs.
   *
   * @param bind the address to listen on
   * @param port the port (0: any free port)
   * @param ioThreads event-loop threads (0: one per processor)
   * @param workerThreads 0 to run the handler on the event loop, else the size of the worker pool
   * @param workerQueue how many requests may wait for a worker before the server is overloaded
   * @param maxBodyBytes the largest request body accepted
   */
  public record Options(
      String bind, int port, int ioThreads, int workerThreads, int workerQueue, int maxBodyBytes) {
    public static final int DEFAULT_MAX_BODY = 2 * 1024 * 1024;

    public static Options onEventLoop(String bind, int port) {
      return new Options(bind, port, 0, 0, 0, DEFAULT_MAX_BODY);
    }

    public static Options withWorkers(String bind, int port, int workers) {
      return new Options(bind, port, 0, workers, 4096, DEFAULT_MAX_BODY);
    }
  }

  private final HttpHandler handler;
  private final Options options;
  private final AtomicLong connections = new AtomicLong();
  private EventLoopGroup group;
  private ThreadPoolExecutor workers;
  private Channel serverChannel;

  public NettyHttpTransport(HttpHandler handler, Options options) {
    this.handler = handler;
    this.options = options;
  }

  /** Binds the port and starts serving; returns once the server accepts connections. */
  public synchronized void start() throws InterruptedException {
    boolean epoll = Epoll.isAvailable();
    IoHandlerFactory io = epoll ? EpollIoHandler.newFactory() : NioIoHandler.newFactory();
    int ioThreads =
        options.ioThreads() > 0 ? options.ioThreads() : Runtime.getRuntime().availableProcessors();
    group =
        new MultiThreadIoEventLoopGroup(ioThreads, new DefaultThreadFactory("orgd-io", true), io);
    workers = options.workerThreads() > 0 ? newWorkerPool() : null;
    try {
      serverChannel = bind(epoll ? EpollServerSocketChannel.class : NioServerSocketChannel.class);
    } catch (Exception e) { // also the bind failure, which Netty rethrows without declaring it
      close();
      throw e;
    }
    LOG.debug("HTTP engine on {} ({})", serverChannel.localAddress(), epoll ? "epoll" : "nio");
  }

  private ThreadPoolExecutor newWorkerPool() {
    ThreadPoolExecutor pool =
        new ThreadPoolExecutor(
            options.workerThreads(),
            options.workerThreads(),
            60,
            TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(Math.max(1, options.workerQueue())),
            new DefaultThreadFactory("orgd-worker", true));
    pool.allowCoreThreadTimeOut(true);
    return pool;
  }

  private Channel bind(Class<? extends ServerChannel> channelType) throws InterruptedException {
    return new ServerBootstrap()
        .group(group)
        .channel(channelType)
        .option(ChannelOption.SO_BACKLOG, 1024)
        .option(ChannelOption.SO_REUSEADDR, true)
        .childOption(ChannelOption.TCP_NODELAY, true)
        .childOption(ChannelOption.SO_KEEPALIVE, true)
        .childHandler(new Initializer())
        .bind(options.bind(), options.port())
        .sync()
        .channel();
  }

  /** How many connections the server has accepted since it started. */
  public long connectionsAccepted() {
    return connections.get();
  }

  /** The port the server listens on (the actual one when 0 was asked for). */
  public int port() {
    return ((InetSocketAddress) serverChannel.localAddress()).getPort();
  }

  /**
   * Stops accepting, closes every connection and the threads; idempotent. Every wait is bounded, so
   * that a stop never hangs, even if an I/O thread died.
   */
  @Override
  public synchronized void close() {
    if (serverChannel != null) {
      serverChannel.close().awaitUninterruptibly(CLOSE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
      serverChannel = null;
    }
    if (group != null) {
      group
          .shutdownGracefully(0, CLOSE_TIMEOUT_SECONDS, TimeUnit.SECONDS)
          .awaitUninterruptibly(CLOSE_TIMEOUT_SECONDS + 1, TimeUnit.SECONDS);
      group = null;
    }
    if (workers != null) {
      workers.shutdownNow();
      workers = null;
    }
  }

  private final class Initializer extends ChannelInitializer<SocketChannel> {
    @Override
    protected void initChannel(SocketChannel ch) {
      connections.incrementAndGet();
      ch.pipeline()
          .addLast(new HttpServerCodec())
          .addLast(new HttpServerKeepAliveHandler())
          .addLast(new Aggregator(options.maxBodyBytes()))
          .addLast(new RequestHandler(workers));
    }
  }

  /**
   * Netty's aggregator, with the handler's answer to a body over the limit instead of a bare 413.
   */
  private final class Aggregator extends HttpObjectAggregator {
    private final int maxBodyBytes;

    Aggregator(int maxBodyBytes) {
      super(maxBodyBytes);
      this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    protected void handleOversizedMessage(ChannelHandlerContext ctx, HttpMessage oversized) {
      if (!(oversized instanceof io.netty.handler.codec.http.HttpRequest)) {
        ctx.close();
        return;
      }
      String why = "The request body is larger than " + maxBodyBytes + " bytes.";
      // As Netty does: a client still sending a keep-alive body is answered and its body skipped
      // (closing now would reset the connection before it reads the answer); else close.
      if (oversized instanceof FullHttpMessage
          || (!HttpUtil.is100ContinueExpected(oversized) && !HttpUtil.isKeepAlive(oversized))) {
        refuse(ctx, 413, why);
      } else {
        write(ctx, HttpVersion.HTTP_1_1, refusal(413, why))
            .addListener(ChannelFutureListener.CLOSE_ON_FAILURE);
      }
    }
  }

  /** Answers a request the engine refused and closes the connection. */
  private void refuse(ChannelHandlerContext ctx, int status, String why) {
    write(ctx, HttpVersion.HTTP_1_1, refusal(status, why)).addListener(ChannelFutureListener.CLOSE);
  }

  private HttpResponse refusal(int status, String why) {
    try {
      return handler.refused(status, why);
    } catch (RuntimeException e) {
      LOG.error("handler failed to refuse a request", e);
      return new HttpResponse(status, Map.of(), new byte[0]);
    }
  }

  /** One per connection; all its state is touched on the connection's event loop only. */
  private final class RequestHandler extends SimpleChannelInboundHandler<FullHttpRequest> {
    private final ThreadPoolExecutor pool;
    private final ArrayDeque<Pending> pending = new ArrayDeque<>();
    private boolean busy;

    RequestHandler(ThreadPoolExecutor pool) {
      this.pool = pool;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest msg) {
      if (!msg.decoderResult().isSuccess()) {
        refuse(ctx, 400, "The request is not valid HTTP/1.1.");
        return;
      }
      Pending request = new Pending(toRequest(msg), msg.protocolVersion());
      if (pool == null) {
        write(ctx, request.version, call(request.request));
        return;
      }
      pending.add(request);
      if (pending.size() >= MAX_PIPELINED) {
        ctx.channel().config().setAutoRead(false);
      }
      if (!busy) {
        next(ctx);
      }
    }

    /** Runs the oldest waiting request on the pool; its response is written before the next. */
    private void next(ChannelHandlerContext ctx) {
      Pending request = pending.poll();
      busy = request != null;
      if (request == null) {
        ctx.channel().config().setAutoRead(true);
        return;
      }
      try {
        pool.execute(
            () -> {
              HttpResponse response = call(request.request);
              try {
                ctx.executor()
                    .execute(
                        () -> {
                          write(ctx, request.version, response);
                          next(ctx);
                        });
              } catch (RejectedExecutionException stopping) {
                LOG.debug("dropping a response: the server is stopping");
              }
            });
      } catch (RejectedExecutionException e) {
        write(ctx, request.version, handler.overloaded());
        next(ctx);
      }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
      LOG.debug("connection {} failed", ctx.channel().remoteAddress(), cause);
      ctx.close();
    }
  }

  private record Pending(HttpRequest request, HttpVersion version) {}

  private HttpResponse call(HttpRequest request) {
    try {
      return handler.handle(request);
    } catch (Throwable t) { // the handler's contract is to never throw: last resort, never hang
      LOG.error("handler failed for {}", request, t);
      return new HttpResponse(500, Map.of(), new byte[0]);
    }
  }

  private static ChannelFuture write(
      ChannelHandlerContext ctx, HttpVersion version, HttpResponse response) {
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
    return ctx.writeAndFlush(out);
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
