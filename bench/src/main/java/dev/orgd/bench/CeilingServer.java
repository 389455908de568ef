package dev.orgd.bench;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * The ceiling: an HTTP server on the same engine and pipeline as orgd (Netty, epoll else NIO,
 * HttpServerCodec + HttpObjectAggregator, TCP_NODELAY) that answers every request with one fixed
 * 200 body. No request can be served faster than this on this machine, so it bounds what orgd can
 * reach.
 *
 * <p>Usage: {@code java -cp orgd-bench.jar dev.orgd.bench.CeilingServer --port 8080}
 */
public final class CeilingServer implements AutoCloseable {

  /** The fixed answer: the shape of a small AWS JSON 1.1 reply. */
  static final byte[] BODY =
      "{\"Organization\":{\"Id\":\"o-ceiling000\",\"FeatureSet\":\"ALL\"}}"
          .getBytes(StandardCharsets.US_ASCII);

  private static final int MAX_REQUEST_BYTES = 1 << 20;

  private final EventLoopGroup boss;
  private final EventLoopGroup workers;
  private final Channel channel;

  private CeilingServer(String host, int port, int workerThreads) throws InterruptedException {
    boss = NettyTransport.group(1);
    workers = NettyTransport.group(workerThreads);
    channel =
        new ServerBootstrap()
            .group(boss, workers)
            .channel(NettyTransport.serverChannel())
            .childOption(ChannelOption.TCP_NODELAY, true)
            .childHandler(
                new ChannelInitializer<SocketChannel>() {
                  @Override
                  protected void initChannel(SocketChannel ch) {
                    ch.pipeline()
                        .addLast(new HttpServerCodec())
                        .addLast(new HttpObjectAggregator(MAX_REQUEST_BYTES))
                        .addLast(FixedResponder.INSTANCE);
                  }
                })
            .bind(host, port)
            .sync()
            .channel();
  }

  /** Starts a ceiling server on {@code host:port} (port 0: any free port). */
  public static CeilingServer start(String host, int port, int workerThreads)
      throws InterruptedException {
    return new CeilingServer(host, port, workerThreads);
  }

  public int port() {
    return ((InetSocketAddress) channel.localAddress()).getPort();
  }

  @Override
  public void close() {
    channel.close().syncUninterruptibly();
    workers.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
    boss.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
  }

  public static void main(String[] args) throws InterruptedException {
    int port = 8080;
    int workers = 0;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--port" -> port = Integer.parseInt(args[++i]);
        case "--workers" -> workers = Integer.parseInt(args[++i]);
        default -> throw new IllegalArgumentException("unknown argument: " + args[i]);
      }
    }
    CeilingServer server = start("127.0.0.1", port, workers);
    Runtime.getRuntime().addShutdownHook(new Thread(server::close));
    System.out.println(
        "ceiling server listening on 127.0.0.1:"
            + server.port()
            + " ("
            + NettyTransport.name()
            + ")");
    server.channel.closeFuture().sync();
  }

  @ChannelHandler.Sharable
  private static final class FixedResponder extends SimpleChannelInboundHandler<FullHttpRequest> {
    static final FixedResponder INSTANCE = new FixedResponder();
    private static final ByteBuf SHARED_BODY =
        Unpooled.unreleasableBuffer(Unpooled.directBuffer(BODY.length).writeBytes(BODY));

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest request) {
      FullHttpResponse response =
          new DefaultFullHttpResponse(
              HttpVersion.HTTP_1_1, HttpResponseStatus.OK, SHARED_BODY.duplicate());
      response
          .headers()
          .set(HttpHeaderNames.CONTENT_TYPE, "application/x-amz-json-1.1")
          .set("x-amzn-RequestId", "00000000-0000-0000-0000-000000000000")
          .setInt(HttpHeaderNames.CONTENT_LENGTH, BODY.length);
      boolean keepAlive = HttpUtil.isKeepAlive(request);
      if (keepAlive) {
        if (request.protocolVersion().equals(HttpVersion.HTTP_1_0)) {
          response.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.KEEP_ALIVE);
        }
        ctx.writeAndFlush(response);
      } else {
        response.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
        ctx.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
      }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
      ctx.close();
    }
  }
}
