package dev.orgd.bench.load;

import dev.orgd.bench.NettyTransport;
import dev.orgd.bench.scenario.ConnectionScript;
import dev.orgd.bench.scenario.Scenario;
import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.HdrHistogram.Histogram;

/**
 * A closed-loop HTTP/1.1 load generator: each of N persistent keep-alive connections sends its
 * scenario's next request as soon as the previous answer arrives. All connections share a small
 * Netty event loop group (one thread by default) and a minimal response decoder, so that the
 * generator takes as little as possible of the CPU it shares with the server under test.
 *
 * <p>Latency is measured per request, from just before the write to the end of the answer. As the
 * loop is closed there is no intended rate, so no coordinated-omission correction applies: the
 * numbers are what each connection saw.
 */
public final class LoadGenerator implements AutoCloseable {

  /** Latencies are kept up to a minute, to 3 significant digits. */
  static final long HIGHEST_MICROS = TimeUnit.MINUTES.toMicros(1);

  /** A bound on the requests of one run, whatever its duration. */
  static final long MAX_REQUESTS_PER_RUN = 50_000_000L;

  private static final int CONNECT_TIMEOUT_MILLIS = 5_000;
  private static final long RECONNECT_DELAY_MILLIS = 50;

  private final EventLoopGroup group;

  /**
   * @param threads event loop threads for all connections (1 is enough for 64 connections)
   */
  public LoadGenerator(int threads) {
    this.group = NettyTransport.group(threads);
  }

  /**
   * Runs {@code scenario} against {@code address} as {@code plan} says and returns what it
   * measured. {@code serverCpuNanos} reads the server process's CPU time (or returns -1).
   */
  public LoadResult run(
      String target,
      InetSocketAddress address,
      Scenario scenario,
      RunPlan plan,
      LongSupplier serverCpuNanos)
      throws InterruptedException {
    Run run = new Run(address, plan.connections());
    List<Driver> drivers = new ArrayList<>();
    try {
      for (int i = 0; i < plan.connections(); i++) {
        Driver driver = new Driver(run, scenario.newConnection(i));
        driver.attach(connect(run, driver).sync().channel());
        drivers.add(driver);
      }
    } catch (Exception e) { // sync() rethrows a failed connect's checked exception unchecked
      drivers.forEach(d -> d.channel.close());
      throw e;
    }
    long start = System.nanoTime();
    run.measureStart = start + plan.warmup().toNanos();
    run.measureEnd = run.measureStart + plan.measure().toNanos();
    drivers.forEach(d -> d.channel.eventLoop().execute(d::sendNext));

    sleepUntil(run.measureStart);
    CpuSample atStart = CpuSample.now(serverCpuNanos);
    sleepUntil(run.measureEnd);
    CpuSample atEnd = CpuSample.now(serverCpuNanos);

    long windowNanos = run.measureEnd - run.measureStart;
    if (!run.done.await(plan.requestTimeout().toMillis(), TimeUnit.MILLISECONDS)) {
      drivers.forEach(d -> d.channel.eventLoop().execute(d::abandon));
      run.done.await(CONNECT_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
    }
    return result(target, scenario, plan, drivers, windowNanos, atEnd.minus(atStart));
  }

  private static LoadResult result(
      String target,
      Scenario scenario,
      RunPlan plan,
      List<Driver> drivers,
      long windowNanos,
      Usage cpu) {
    Histogram all = new Histogram(HIGHEST_MICROS, 3);
    long requests = 0;
    long errors = 0;
    long reconnects = 0;
    String firstError = null;
    for (Driver d : drivers) {
      synchronized (d) {
        all.add(d.histogram);
        requests += d.requests;
        errors += d.errors;
        reconnects += d.reconnects;
        if (firstError == null) {
          firstError = d.firstError;
        }
      }
    }
    double window = windowNanos;
    return new LoadResult(
        target,
        scenario.name(),
        plan.connections(),
        requests,
        errors,
        reconnects,
        windowNanos / 1e9,
        all,
        percent(cpu.client(), window),
        percent(cpu.server(), window),
        percent(cpu.other(), window),
        firstError);
  }

  private static double percent(long nanos, double windowNanos) {
    return nanos < 0 ? Double.NaN : 100.0 * nanos / windowNanos;
  }

  /** CPU used so far by this process, the server and the whole machine (-1: unknown). */
  private record CpuSample(long client, long server, long machine) {
    static CpuSample now(LongSupplier serverCpuNanos) {
      return new CpuSample(processCpuNanos(), serverCpuNanos.getAsLong(), MachineCpu.busyNanos());
    }

    /** The CPU used between {@code earlier} and this sample; other is the machine's rest. */
    Usage minus(CpuSample earlier) {
      long c = delta(client, earlier.client);
      long s = delta(server, earlier.server);
      long m = delta(machine, earlier.machine);
      long other = m < 0 || c < 0 || s < 0 ? -1 : Math.max(0, m - c - s);
      return new Usage(c, s, other);
    }

    private static long delta(long now, long before) {
      return now < 0 || before < 0 ? -1 : now - before;
    }
  }

  /** CPU time used in a window, in nanoseconds (-1: unknown). */
  private record Usage(long client, long server, long other) {}

  private ChannelFuture connect(Run run, Driver driver) {
    return new Bootstrap()
        .group(group)
        .channel(NettyTransport.clientChannel())
        .option(ChannelOption.TCP_NODELAY, true)
        .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, CONNECT_TIMEOUT_MILLIS)
        .handler(
            new ChannelInitializer<Channel>() {
              @Override
              protected void initChannel(Channel ch) {
                ResponseDecoder decoder = new ResponseDecoder();
                ch.pipeline().addLast(decoder).addLast(new DriverHandler(driver, decoder));
              }
            })
        .connect(run.address);
  }

  private static void sleepUntil(long nanoTime) throws InterruptedException {
    long left;
    while ((left = nanoTime - System.nanoTime()) > 0) {
      TimeUnit.NANOSECONDS.sleep(left);
    }
  }

  /** CPU time of this process (all threads, GC included), or -1. */
  static long processCpuNanos() {
    if (ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getProcessCpuTime();
    }
    return -1;
  }

  @Override
  public void close() {
    group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
  }

  /** State shared by the connections of one run. */
  static final class Run {
    final InetSocketAddress address;
    final CountDownLatch done;
    final AtomicLong sent = new AtomicLong();
    volatile long measureStart = Long.MAX_VALUE;
    volatile long measureEnd = Long.MAX_VALUE;

    Run(InetSocketAddress address, int connections) {
      this.address = address;
      this.done = new CountDownLatch(connections);
    }
  }

  /** The connection of one script: sends, times and counts; reconnects if the server closes. */
  final class Driver {
    final Run run;
    final ConnectionScript script;
    final Histogram histogram = new Histogram(HIGHEST_MICROS, 3);
    Channel channel;
    ResponseDecoder decoder;
    long requests;
    long errors;
    long reconnects;
    String firstError;
    private Request inFlight;
    private long sentAt;

    /** When the next request became due, while a server-closed connection is replaced; or -1. */
    private long dueSince = -1;

    private boolean finished;

    Driver(Run run, ConnectionScript script) {
      this.run = run;
      this.script = script;
    }

    void attach(Channel channel) {
      this.channel = channel;
    }

    void sendNext() {
      if (finished) {
        return;
      }
      long now = System.nanoTime();
      if (now >= run.measureEnd || run.sent.incrementAndGet() > MAX_REQUESTS_PER_RUN) {
        finish();
        return;
      }
      Request request = script.next();
      decoder.captureBody(request.wantsBody());
      inFlight = request;
      sentAt = dueSince >= 0 ? dueSince : now;
      dueSince = -1;
      byte[] bytes = request.bytes();
      channel.writeAndFlush(
          channel.alloc().buffer(bytes.length).writeBytes(bytes), channel.voidPromise());
    }

    void onResponse(Response response) {
      long now = System.nanoTime();
      Request request = inFlight;
      inFlight = null;
      if (request == null) {
        fail(now, "an answer that no request asked for: HTTP " + response.status());
        channel.close();
        return;
      }
      boolean accepted = script.accept(request, response);
      if (accepted) {
        if (inWindow(now)) {
          synchronized (this) {
            histogram.recordValue(Math.min((now - sentAt) / 1000, HIGHEST_MICROS));
            requests++;
          }
        }
      } else {
        fail(now, request.label() + " -> HTTP " + response.status() + " " + abbreviate(response));
      }
      if (response.keepAlive()) {
        sendNext();
      } else {
        // The server closes after each answer (moto does): a client must open a new connection
        // for the next request, and that time is part of the next request's latency.
        dueSince = now;
        channel.close();
      }
    }

    void onInactive(Channel closed) {
      if (closed != channel || finished) {
        return;
      }
      long now = System.nanoTime();
      if (inFlight != null) {
        fail(now, inFlight.label() + " -> connection closed before the answer");
        inFlight = null;
      }
      if (now >= run.measureEnd) {
        finish();
      } else if (dueSince >= 0) {
        reconnect();
      } else {
        channel
            .eventLoop()
            .schedule(this::reconnect, RECONNECT_DELAY_MILLIS, TimeUnit.MILLISECONDS);
      }
    }

    void onException(Throwable cause) {
      fail(System.nanoTime(), cause.toString());
      channel.close();
    }

    private void reconnect() {
      if (finished) {
        return;
      }
      connect(run, this)
          .addListener(
              f -> {
                if (f.isSuccess()) {
                  attach(((ChannelFuture) f).channel());
                  if (inWindow(System.nanoTime())) {
                    synchronized (this) {
                      reconnects++;
                    }
                  }
                  sendNext();
                } else {
                  dueSince = -1;
                  fail(System.nanoTime(), "reconnect failed: " + f.cause());
                  if (System.nanoTime() >= run.measureEnd) {
                    finish();
                  } else {
                    channel
                        .eventLoop()
                        .schedule(this::reconnect, RECONNECT_DELAY_MILLIS, TimeUnit.MILLISECONDS);
                  }
                }
              });
    }

    void abandon() {
      if (!finished && inFlight != null) {
        fail(run.measureEnd - 1, inFlight.label() + " -> no answer before the timeout");
        inFlight = null;
      }
      finish();
    }

    private void fail(long now, String message) {
      synchronized (this) {
        if (inWindow(now)) {
          errors++;
        }
        if (firstError == null) {
          firstError = message;
        }
      }
    }

    private boolean inWindow(long now) {
      return now >= run.measureStart && now < run.measureEnd;
    }

    private void finish() {
      if (!finished) {
        finished = true;
        channel.close();
        run.done.countDown();
      }
    }

    private String abbreviate(Response response) {
      String text = response.bodyText().replaceAll("\\s+", " ");
      return text.length() <= 200 ? text : text.substring(0, 200) + "...";
    }
  }
}
