package dev.orgd.server.http;

import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.LastHttpContent;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * The two timeouts of one connection, so that a client cannot hold it forever: a request's headers
 * must arrive within the header timeout of its first byte (a slowloris client trickles them), and a
 * connection on which nothing arrives for the idle timeout while orgd owes it no answer is closed
 * (a keep-alive connection left in a pool, or a body that stopped coming). A zero timeout is off.
 * All of it runs on the connection's event loop.
 */
final class Deadlines {
  private final long headerNanos;
  private final long idleNanos;
  private final BooleanSupplier answering;
  private final Runnable headerTimedOut;
  private ChannelHandlerContext ctx;
  private boolean awaitingHead = true;
  private long headStarted;
  private ScheduledFuture<?> headerTimer;
  private ScheduledFuture<?> idleTimer;
  private long lastActivity;

  /**
   * @param answering whether orgd still owes the connection an answer (then it is not idle)
   * @param headerTimedOut what to do when a request's headers did not arrive in time
   */
  Deadlines(
      Duration headerTimeout,
      Duration idleTimeout,
      BooleanSupplier answering,
      Runnable headerTimedOut) {
    this.headerNanos = headerTimeout.toNanos();
    this.idleNanos = idleTimeout.toNanos();
    this.answering = answering;
    this.headerTimedOut = headerTimedOut;
  }

  /** Goes before the HTTP decoder: sees every byte that arrives. */
  ChannelHandler onBytes() {
    return new ChannelInboundHandlerAdapter() {
      @Override
      public void channelActive(ChannelHandlerContext context) throws Exception {
        ctx = context;
        touch();
        if (idleNanos > 0) {
          idleTimer = schedule(Deadlines.this::checkIdle, idleNanos);
        }
        super.channelActive(context);
      }

      @Override
      public void channelRead(ChannelHandlerContext context, Object msg) {
        touch();
        if (awaitingHead && headStarted == 0) {
          headStarted = lastActivity;
        }
        context.fireChannelRead(msg);
      }

      /**
       * The decoder has seen this read's bytes: a head still incomplete gets its timer now, so that
       * the usual request, whose head arrives in one read, costs no timer at all.
       */
      @Override
      public void channelReadComplete(ChannelHandlerContext context) {
        if (awaitingHead && headStarted != 0 && headerTimer == null && headerNanos > 0) {
          long left = headerNanos - (System.nanoTime() - headStarted);
          headerTimer = schedule(Deadlines.this::headerExpired, Math.max(left, 0));
        }
        context.fireChannelReadComplete();
      }

      @Override
      public void channelInactive(ChannelHandlerContext context) throws Exception {
        cancel(headerTimer);
        cancel(idleTimer);
        super.channelInactive(context);
      }
    };
  }

  /** Goes after the HTTP decoder: sees where a request's head and its end are. */
  ChannelHandler onMessages() {
    return new ChannelInboundHandlerAdapter() {
      @Override
      public void channelRead(ChannelHandlerContext context, Object msg) {
        if (msg instanceof HttpRequest) {
          awaitingHead = false;
          headStarted = 0;
          cancel(headerTimer);
          headerTimer = null;
        }
        if (msg instanceof LastHttpContent) {
          awaitingHead = true;
        }
        context.fireChannelRead(msg);
      }
    };
  }

  /** Something happened on the connection (bytes in, an answer out): it is not idle. */
  void touch() {
    lastActivity = System.nanoTime();
  }

  private void headerExpired() {
    headerTimer = null;
    if (awaitingHead && headStarted != 0 && ctx.channel().isActive()) {
      headerTimedOut.run();
    }
  }

  private void checkIdle() {
    if (!ctx.channel().isActive()) {
      return;
    }
    long quiet = System.nanoTime() - lastActivity;
    if (answering.getAsBoolean() || quiet < idleNanos) {
      idleTimer = schedule(this::checkIdle, Math.max(idleNanos - quiet, idleNanos / 4));
    } else {
      ctx.close();
    }
  }

  private ScheduledFuture<?> schedule(Runnable task, long nanos) {
    return ctx.executor().schedule(task, nanos, TimeUnit.NANOSECONDS);
  }

  private static void cancel(ScheduledFuture<?> timer) {
    if (timer != null) {
      timer.cancel(false);
    }
  }
}
