package dev.orgd.bench.load;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;

/** Hands one channel's answers, closes and failures to its connection's driver. */
final class DriverHandler extends SimpleChannelInboundHandler<Response> {

  private final LoadGenerator.Driver driver;
  private final ResponseDecoder decoder;

  DriverHandler(LoadGenerator.Driver driver, ResponseDecoder decoder) {
    this.driver = driver;
    this.decoder = decoder;
  }

  @Override
  public void handlerAdded(ChannelHandlerContext ctx) {
    driver.decoder = decoder;
  }

  @Override
  protected void channelRead0(ChannelHandlerContext ctx, Response response) {
    driver.onResponse(response);
  }

  @Override
  public void channelInactive(ChannelHandlerContext ctx) {
    driver.onInactive(ctx.channel());
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    driver.onException(cause);
  }
}
