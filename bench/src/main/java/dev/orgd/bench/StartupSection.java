package dev.orgd.bench;

import dev.orgd.bench.target.MotoLauncher;
import dev.orgd.bench.target.OrgdStorage;
import dev.orgd.bench.target.Ports;
import dev.orgd.bench.target.ServerUnderTest;
import dev.orgd.bench.target.StorageSpec;
import java.util.List;
import java.util.Optional;

/**
 * Start-up again, several times per server: a single start varies by a hundred milliseconds or more
 * from one launch to the next (file cache, the other work on the machine), so the report's start-up
 * comparison uses the median of these fresh starts. Each orgd start gets fresh storage.
 */
final class StartupSection {

  private StartupSection() {}

  static void run(Bench bench, Storages storages, Optional<MotoLauncher> moto) throws Exception {
    int repeats = bench.config.startupRepeats();
    if (repeats <= 0) {
      return;
    }
    if (OrgdSection.available(bench)) {
      for (OrgdStorage storage : bench.config.storages()) {
        if (storages.unavailable(storage).isEmpty()) {
          for (int i = 0; i < repeats; i++) {
            orgdOnce(bench, storages, storage, i);
          }
        }
      }
    }
    if (moto.isPresent()) {
      for (int i = 0; i < repeats; i++) {
        int port = Ports.free();
        once(bench, MotoSection.NAME, moto.get().command(port), port, i);
      }
    }
  }

  private static void orgdOnce(Bench bench, Storages storages, OrgdStorage storage, int i)
      throws Exception {
    StorageSpec spec = storages.fresh(storage);
    try {
      int port = Ports.free();
      List<String> command =
          bench.config.java().orgd(bench.config.orgdJar(), port, spec, bench.config.orgdArgs());
      once(bench, OrgdSection.name(storage), command, port, i);
    } finally {
      storages.release(spec);
    }
  }

  private static void once(Bench bench, String name, List<String> command, int port, int i)
      throws Exception {
    try (ServerUnderTest server =
        ServerUnderTest.launch(
            name,
            command,
            port,
            bench.config.logDir().resolve(name + "-start-" + i + ".log"),
            ServerUnderTest.createThenDescribeOrganization(
                Bench.MANAGEMENT_ACCOUNT, Bench.STARTUP_LIMIT))) {
      bench.report.addStartSample(server.startup());
    }
  }
}
