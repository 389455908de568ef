package dev.orgd.bench;

import dev.orgd.bench.target.StoreSeeding;
import dev.orgd.core.store.InMemoryStore;
import dev.orgd.server.OrgdServer;
import dev.orgd.server.ServerConfig;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;

/**
 * orgd's server on an in-memory store that already holds an organization and N handshakes, for the
 * scaling runs: the memory store lives in the server's process, so it is filled there, through the
 * Store port, before the server starts. The product has no seeding flag; this main is the
 * benchmark's own, launched with orgd's jar first on the class path and orgd's launcher options.
 *
 * <p>Usage: {@code SeededOrgd --port P (--handshakes N | --accounts N) [--storage memory]}
 */
public final class SeededOrgd {

  private SeededOrgd() {}

  public static void main(String[] args) throws InterruptedException {
    // As orgd's Main does: Netty's JFR events only cost start-up time.
    System.setProperty("io.netty.jfr.enabled", "false");
    int port = -1;
    long handshakes = -1;
    long accounts = -1;
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--port" -> port = Integer.parseInt(args[i + 1]);
        case "--handshakes" -> handshakes = Long.parseLong(args[i + 1]);
        case "--accounts" -> accounts = Long.parseLong(args[i + 1]);
        case "--storage" -> {
          if (!args[i + 1].equals("memory")) {
            throw new IllegalArgumentException("SeededOrgd serves the memory store only");
          }
        }
        default -> throw new IllegalArgumentException("unknown argument: " + args[i]);
      }
    }
    if (port < 0 || (handshakes < 0) == (accounts < 0)) {
      throw new IllegalArgumentException(
          "usage: SeededOrgd --port P (--handshakes N | --accounts N)");
    }
    InMemoryStore store = new InMemoryStore();
    long t0 = System.nanoTime();
    if (accounts >= 0) {
      StoreSeeding.seedAccounts(store, accounts, Instant.now());
    } else {
      StoreSeeding.seed(store, handshakes, Instant.now());
    }
    System.out.printf(
        "seeded %,d %s in %.1f s%n",
        accounts >= 0 ? accounts : handshakes,
        accounts >= 0 ? "accounts" : "handshakes",
        (System.nanoTime() - t0) / 1e9);
    OrgdServer server =
        OrgdServer.builder()
            .config(ServerConfig.ephemeral().withPort(port))
            .store(store)
            .build()
            .start();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.close();
                  stopped.countDown();
                }));
    System.out.println("orgd (seeded, memory) listening on " + server.endpoint());
    stopped.await();
  }
}
