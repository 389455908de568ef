package dev.orgd.bench.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The whole machine's busy CPU time from /proc/stat, to tell how much of a measured window went to
 * neither the load generator nor the server: other processes (a build on a shared machine),
 * interrupts and kernel work not billed to a process.
 */
public final class MachineCpu {

  /** Linux's USER_HZ, the unit of /proc/stat. */
  private static final long NANOS_PER_TICK = 10_000_000L;

  private MachineCpu() {}

  private static final long SAMPLE_MILLIS = 300;

  /**
   * Waits, at most {@code limit}, until the machine has been nearly idle (under {@code maxCores}
   * cores busy) for one short sample, so that a run does not start while something else (a build on
   * a shared machine) is taking the CPU. Returns how long it waited.
   */
  public static Duration awaitQuiet(Duration limit, double maxCores) throws InterruptedException {
    long start = System.nanoTime();
    long deadline = start + limit.toNanos();
    while (System.nanoTime() < deadline) {
      long busy0 = busyNanos();
      long t0 = System.nanoTime();
      Thread.sleep(SAMPLE_MILLIS);
      long busy1 = busyNanos();
      if (busy0 < 0 || busy1 < 0) {
        break;
      }
      if ((busy1 - busy0) / (double) (System.nanoTime() - t0) < maxCores) {
        break;
      }
    }
    return Duration.ofNanos(System.nanoTime() - start);
  }

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
