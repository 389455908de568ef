package dev.orgd.bench.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The whole machine's busy CPU time from /proc/stat, to tell how much of a measured window went to
 * neither the load generator nor the server: other processes (a build on a shared machine),
 * interrupts and kernel work not billed to a process.
 */
final class MachineCpu {

  /** Linux's USER_HZ, the unit of /proc/stat. */
  private static final long NANOS_PER_TICK = 10_000_000L;

  private MachineCpu() {}

  /** Busy (not idle, not iowait) CPU time of all cores so far, in nanoseconds, or -1. */
  static long busyNanos() {
    try {
      String line = Files.readAllLines(Path.of("/proc/stat")).get(0);
      // cpu user nice system idle iowait irq softirq steal guest guest_nice
      String[] f = line.trim().split("\\s+");
      long busy = 0;
      for (int i : new int[] {1, 2, 3, 6, 7, 8}) {
        busy += Long.parseLong(f[i]);
      }
      return busy * NANOS_PER_TICK;
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }
}
