package dev.orgd.bench;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.IoHandlerFactory;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.ServerChannel;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.channel.epoll.EpollSocketChannel;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;

/**
 * The Netty transport orgd uses: native epoll when it is available, NIO otherwise. The load
 * generator and the ceiling server both go through here so that they run on the same engine.
 */
public final class NettyTransport {

  private NettyTransport() {}

  /** True when the native epoll transport loaded on this machine. */
  public static boolean epoll() {
    return Epoll.isAvailable();
  }

  /** "epoll" or "nio", for the report. */
  public static String name() {
    return epoll() ? "epoll" : "nio";
  }

  /** An event loop group of {@code threads} threads (0: Netty's default, twice the cores). */
  public static EventLoopGroup group(int threads) {
    IoHandlerFactory factory = epoll() ? EpollIoHandler.newFactory() : NioIoHandler.newFactory();
    return new MultiThreadIoEventLoopGroup(threads, factory);
  }

  public static Class<? extends ServerChannel> serverChannel() {
    return epoll() ? EpollServerSocketChannel.class : NioServerSocketChannel.class;
  }

  public static Class<? extends SocketChannel> clientChannel() {
    return epoll() ? EpollSocketChannel.class : NioSocketChannel.class;
  }
}
