package dev.orgd.server;

import dev.orgd.server.ConfigLoader.ConfigException;
import dev.orgd.server.control.ControlPlane;
import java.io.PrintStream;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The command line: {@code orgd [--port N] [--bind ADDR] [--storage KIND] ...}. Exit codes: 0 for
 * --help and --version and after a clean stop, 1 for bad arguments, 2 when the server cannot start
 * (another orgd holds the SQLite directory, the store cannot open, the address cannot be bound).
 * SIGTERM and Ctrl-C close the server in a shutdown hook, which prints {@code orgd stopped}.
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
    ConfigLoader.ProgramOptions options;
    try {
      config = ConfigLoader.load(args, env);
      options = ConfigLoader.programOptions(args, env);
    } catch (ConfigException e) {
      err.println("orgd: " + e.getMessage());
      return 1;
    }
    Thread.setDefaultUncaughtExceptionHandler(
        (thread, e) -> LOG.error("uncaught exception in {}", thread.getName(), e));
    DataDirLock dataDir;
    OrgdServer server;
    try {
      dataDir = DataDirLock.acquire(config);
    } catch (IllegalStateException e) {
      err.println("orgd: " + e.getMessage());
      return 2;
    }
    try {
      OrgdServer.Builder builder =
          OrgdServer.builder()
              .config(config)
              .storeOpener(StoreFactory::open)
              .requestLog(options.requestLog());
      if (options.seed() != null) {
        builder.seed(options.seed());
      }
      server = builder.build().start();
    } catch (RuntimeException e) {
      dataDir.close();
      // One line a person can act on (the store's messages say what to fix); details at debug.
      err.println("orgd: " + firstLine(e));
      LOG.debug("start-up failed", e);
      return 2;
    }
    Runtime.getRuntime()
        .addShutdownHook(new Thread(() -> stop(server, dataDir, out), "orgd-shutdown"));
    out.println(
        "orgd listening on " + listening(config, server) + " (storage: " + storage(server) + ")");
    out.flush();
    try {
      new CountDownLatch(1).await(); // until SIGTERM or Ctrl-C runs the shutdown hook
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      server.close();
      dataDir.close();
    }
    return 0;
  }

  /**
   * The shutdown hook: closes the server and says so. A stop asked for by SIGTERM or Ctrl-C is the
   * normal end of orgd, so the process exits 0 (what service managers and container runtimes
   * expect) instead of the JVM's 143 or 130; halting is the one way to choose the status of a JVM
   * that is already shutting down.
   */
  private static void stop(OrgdServer server, DataDirLock dataDir, PrintStream out) {
    int status = 0;
    try {
      server.close();
      out.println("orgd stopped");
    } catch (RuntimeException e) {
      LOG.error("stopping failed", e);
      status = 1;
    } finally {
      dataDir.close();
      out.flush();
    }
    Runtime.getRuntime().halt(status);
  }

  /**
   * Where orgd listens, as bound: {@code http://0.0.0.0:4566} for every interface (the endpoint
   * clients use is the loopback address then, but this line says what is open).
   */
  static String listening(ServerConfig config, OrgdServer server) {
    String host = config.bind();
    if (host.contains(":")) {
      host = "[" + host + "]";
    }
    return "http://" + host + ":" + server.port();
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
    int flagWidth = ConfigLoader.SETTINGS.stream().mapToInt(s -> s.flag().length()).max().orElse(0);
    int envWidth = ConfigLoader.SETTINGS.stream().mapToInt(s -> s.env().length()).max().orElse(0);
    String row = "  %-" + flagWidth + "s  %-" + envWidth + "s  %s%n";
    for (ConfigLoader.Setting s : ConfigLoader.SETTINGS) {
      String fallback = s.defaultValue() == null ? "" : " (default: " + s.defaultValue() + ")";
      text.append(String.format(row, s.flag(), s.env(), s.help() + fallback));
    }
    text.append(String.format(row, "--help", "", "show this help"));
    text.append(String.format(row, "--version", "", "show the version"));
    text.append(
        String.format(
            "%nThe ./orgd launcher also reads:%n"
                + row
                + "%nThe control plane, on the same port (not part of AWS; README.md, \"The control"
                + " plane\", has an example of each):%n",
            "",
            "ORGD_JAVA_OPTS",
            "JVM options instead of dist/jvm.options (no class-data archive then)"));
    for (String route : ControlPlane.ROUTES) {
      text.append("  ").append(route).append(String.format("%n"));
    }
    return text.toString();
  }
}
