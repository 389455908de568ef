package dev.orgd.bench.target;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A server under test run as a child process: its output goes to a log file, its memory and CPU are
 * read from {@code /proc/<pid>}, and {@link #close()} stops it (SIGTERM, then SIGKILL).
 */
public final class ManagedProcess implements AutoCloseable {

  /** Linux's USER_HZ: the unit of utime and stime in /proc/pid/stat on every mainstream build. */
  private static final long CLOCK_TICKS_PER_SECOND = 100;

  private static final long STOP_WAIT_SECONDS = 10;

  private final String name;
  private final Process process;
  private final Path log;

  private ManagedProcess(String name, Process process, Path log) {
    this.name = name;
    this.process = process;
    this.log = log;
  }

  /** Starts {@code command}, its stdout and stderr going to {@code log}. */
  public static ManagedProcess start(String name, List<String> command, Path log)
      throws IOException {
    Files.createDirectories(log.toAbsolutePath().getParent());
    Process process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .redirectInput(ProcessBuilder.Redirect.PIPE)
            .start();
    return new ManagedProcess(name, process, log);
  }

  public String name() {
    return name;
  }

  public long pid() {
    return process.pid();
  }

  public boolean alive() {
    return process.isAlive();
  }

  /** Resident memory now (VmRSS), in KiB, or -1 when it cannot be read. */
  public long rssKiB() {
    return statusField("VmRSS:");
  }

  /** Peak resident memory (VmHWM), in KiB, or -1. */
  public long peakRssKiB() {
    return statusField("VmHWM:");
  }

  /** User plus system CPU time the process used so far, in nanoseconds, or -1. */
  public long cpuNanos() {
    try {
      String stat = Files.readString(Path.of("/proc", Long.toString(pid()), "stat"));
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      // After "pid (comm) ", field 3 (state) is index 0, so utime (14) and stime (15) are 11, 12.
      long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
      return ticks * (1_000_000_000L / CLOCK_TICKS_PER_SECOND);
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  private long statusField(String field) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid()), "status"))) {
        if (line.startsWith(field)) {
          return Long.parseLong(line.substring(field.length()).trim().split("\\s+")[0]);
        }
      }
    } catch (IOException | RuntimeException e) {
      return -1;
    }
    return -1;
  }

  /** The last {@code lines} lines of the process's output, for error messages. */
  public String logTail(int lines) {
    try {
      List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
      return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    } catch (IOException | RuntimeException e) {
      return "(no log: " + e + ")";
    }
  }

  public Path log() {
    return log;
  }

  @Override
  public void close() {
    process.descendants().forEach(ProcessHandle::destroy);
    process.destroy();
    try {
      if (!process.waitFor(STOP_WAIT_SECONDS, TimeUnit.SECONDS)) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly().waitFor(STOP_WAIT_SECONDS, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
