package dev.orgd.server;

import dev.orgd.server.ConfigLoader.ConfigException;
import java.io.PrintStream;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The command line: {@code orgd [--port N] [--bind ADDR] [--storage KIND] ...}. Exit codes: 0 for
 * --help and --version, 1 for bad arguments, 2 when the server cannot start. SIGTERM and Ctrl-C
 * close the server cleanly in a shutdown hook; the JVM then exits with the usual 128 + signal (143,
 * 130).
 */
public final class Main {
  private static final Logger LOG = LoggerFactory.getLogger(Main.class);

  private Main() {
    throw new AssertionError("not instantiable");
  }

  public static void main(String... args) {
    // Netty's JFR events cost start-up time and are of no use here; the process is ours to tune.
    if (System.getProperty("io.netty.jfr.enabled") == null) {
      System.setProperty("io.netty.jfr.enabled", "false");
    }
    System.exit(run(args, System.out, System.err));
  }

  /** Runs orgd until the JVM is asked to stop; returns the exit code. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    return run(args, System.getenv(), out, err);
  }

  static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
    for (String arg : args) {
      if (arg.equals("--help") || arg.equals("-h")) {
        out.print(usage());
        return 0;
      }
      if (arg.equals("--version")) {
        out.println("orgd " + Version.get());
        return 0;
      }
    }
    ServerConfig config;
    try {
      config = ConfigLoader.load(args, env);
    } catch (ConfigException e) {
      err.println("orgd: " + e.getMessage());
      return 1;
    }
    Thread.setDefaultUncaughtExceptionHandler(
        (thread, e) -> LOG.error("uncaught exception in {}", thread.getName(), e));
    OrgdServer server;
    try {
      server = OrgdServer.builder().config(config).storeOpener(StoreFactory::open).build().start();
    } catch (RuntimeException e) {
      // One line a person can act on (the store's messages say what to fix); details at debug.
      err.println("orgd: " + firstLine(e));
      LOG.debug("start-up failed", e);
      return 2;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.close();
                  stopped.countDown();
                },
                "orgd-shutdown"));
    out.println("orgd listening on " + server.endpoint() + " (storage: " + storage(server) + ")");
    out.flush();
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      server.close();
    }
    return 0;
  }

  /** The backend and where it keeps its data: {@code sqlite /srv/orgd-data/orgd.db}. */
  private static String storage(OrgdServer server) {
    String location = server.storageLocation();
    return location.isEmpty() ? server.storageKind() : server.storageKind() + " " + location;
  }

  private static String firstLine(Throwable e) {
    String message = e.getMessage();
    if (message == null || message.isBlank()) {
      return "cannot start: " + e.getClass().getSimpleName();
    }
    return message.strip().lines().findFirst().orElse(message);
  }

  static String usage() {
    StringBuilder text =
        new StringBuilder(
            "Usage: orgd [options]\n\n"
                + "A local AWS Organizations API (AWS JSON 1.1) for development and tests.\n\n"
                + "Options (each also read from its environment variable):\n");
    for (ConfigLoader.Setting s : ConfigLoader.SETTINGS) {
      text.append(
          String.format(
              "  %-12s %-14s %s%s%n",
              s.flag(),
              s.env(),
              s.help(),
              s.defaultValue() == null ? "" : " (default: " + s.defaultValue() + ")"));
    }
    text.append("  --help                      show this help\n");
    text.append("  --version                   show the version\n");
    return text.toString();
  }
}
