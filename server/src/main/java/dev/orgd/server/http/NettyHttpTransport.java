package dev.orgd.server.http;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.IoHandlerFactory;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.ServerChannel;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.FullHttpMessage;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpMessage;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP/1.1 engine (Netty; epoll when available, else NIO). It reads whole requests (bodies up
 * to {@link Options#maxBodyBytes()}, larger ones get 413), keeps connections alive within the
 * {@link Options} timeouts, answers pipelined requests in order ({@link Connection}), and calls the
 * {@link HttpHandler} either on the I/O thread (for a handler that never blocks) or on a bounded
 * worker pool (for one that does).
 */
public final class NettyHttpTransport implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(NettyHttpTransport.class);

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
   * @param headerTimeout how long a request's headers may take from its first byte (zero: no
   *     limit); a late one is answered 408 and the connection closed
   * @param idleTimeout how long a connection may stay silent while it is owed no answer before it
   *     is closed (zero: no limit)
   */
  public record Options(
      String bind,
      int port,
      int ioThreads,
      int workerThreads,
      int workerQueue,
      int maxBodyBytes,
      Duration headerTimeout,
      Duration idleTimeout) {
    public static final int DEFAULT_MAX_BODY = 2 * 1024 * 1024;
    public static final Duration DEFAULT_HEADER_TIMEOUT = Duration.ofSeconds(20);
    public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(75);

    public Options {
      Objects.requireNonNull(bind, "bind");
      requireNotNegative(headerTimeout, "header timeout");
      requireNotNegative(idleTimeout, "idle timeout");
    }

    /** Options with the default timeouts. */
    public Options(
        String bind,
        int port,
        int ioThreads,
        int workerThreads,
        int workerQueue,
        int maxBodyBytes) {
      this(
          bind,
          port,
          ioThreads,
          workerThreads,
          workerQueue,
          maxBodyBytes,
          DEFAULT_HEADER_TIMEOUT,
          DEFAULT_IDLE_TIMEOUT);
    }

    public static Options onEventLoop(String bind, int port) {
      return new Options(bind, port, 0, 0, 0, DEFAULT_MAX_BODY);
    }

    public static Options withWorkers(String bind, int port, int workers) {
      return new Options(bind, port, 0, workers, 4096, DEFAULT_MAX_BODY);
    }

    /** These options with other timeouts. */
    public Options withTimeouts(Duration header, Duration idle) {
      return new Options(
          bind, port, ioThreads, workerThreads, workerQueue, maxBodyBytes, header, idle);
    }

    private static void requireNotNegative(Duration timeout, String what) {
      if (timeout == null || timeout.isNegative()) {
        throw new IllegalArgumentException(what + " must be zero or positive: " + timeout);
      }
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
        // A client that shuts its output down after a request still reads the answer.
        .childOption(ChannelOption.ALLOW_HALF_CLOSURE, true)
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
  /** The worker pool's busy threads and queued calls (empty when calls run on the I/O threads). */
  public Map<String, Number> workerFigures() {
    ThreadPoolExecutor pool = workers;
    return pool == null
        ? Map.of()
        : Map.of("busy", pool.getActiveCount(), "queued", pool.getQueue().size());
  }

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
      Connection connection =
          new Connection(handler, workers, options.headerTimeout(), options.idleTimeout());
      ch.pipeline()
          .addLast(connection.deadlines().onBytes())
          .addLast(new HttpServerCodec())
          .addLast(connection.deadlines().onMessages())
          .addLast(new Aggregator(options.maxBodyBytes()))
          .addLast(connection);
    }
  }

  /**
   * Netty's aggregator, whose refusals (a body over the limit, an expectation it cannot meet) go to
   * the connection, to be answered in order with the handler's body, instead of being written at
   * once and bare.
   */
  private static final class Aggregator extends HttpObjectAggregator {
    private final int maxBodyBytes;

    Aggregator(int maxBodyBytes) {
      super(maxBodyBytes);
      this.maxBodyBytes = maxBodyBytes;
    }

    /** Only the interim 100 Continue is written here; the connection answers 413 and 417. */
    @Override
    protected Object newContinueResponse(
        HttpMessage start, int maxContentLength, ChannelPipeline pipeline) {
      String expect = start.headers().get(HttpHeaderNames.EXPECT);
      if (expect == null || !HttpHeaderValues.CONTINUE.contentEqualsIgnoreCase(expect)) {
        return null;
      }
      if (HttpUtil.getContentLength(start, -1L) > maxContentLength) {
        return null; // oversized: handleOversizedMessage answers
      }
      return super.newContinueResponse(start, maxContentLength, pipeline);
    }

    @Override
    protected void handleOversizedMessage(ChannelHandlerContext ctx, HttpMessage oversized) {
      if (!(oversized instanceof io.netty.handler.codec.http.HttpRequest)) {
        ctx.close();
        return;
      }
      // As Netty does: a client still sending a keep-alive body has it skipped and the connection
      // stays; one waiting for 100 Continue sends no body, so its stream cannot be resynchronized.
      boolean close =
          oversized instanceof FullHttpMessage
              || HttpUtil.is100ContinueExpected(oversized)
              || !HttpUtil.isKeepAlive(oversized);
      ctx.fireChannelRead(
          new Connection.Refusal(
              413, "The request body is larger than " + maxBodyBytes + " bytes.", close));
    }
  }
}
