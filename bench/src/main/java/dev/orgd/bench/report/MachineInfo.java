package dev.orgd.bench.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The machine the benchmark ran on, read from /proc and /etc/os-release. */
public record MachineInfo(String cpu, int cores, double memoryGiB, String os, String kernel) {

  /** This machine. */
  public static MachineInfo current() {
    return new MachineInfo(
        procField("/proc/cpuinfo", "model name").orElse(System.getProperty("os.arch")),
        Runtime.getRuntime().availableProcessors(),
        memTotalKiB() / (1024.0 * 1024.0),
        osRelease(),
        System.getProperty("os.name") + " " + System.getProperty("os.version"));
  }

  /** "Intel(R) Xeon(R) ..., 2 cores, 23.5 GiB". */
  public String summary() {
    return String.format(Locale.ROOT, "%s, %d cores, %.1f GiB RAM", cpu, cores, memoryGiB);
  }

  private static Optional<String> procField(String file, String key) {
    for (String line : lines(file)) {
      int colon = line.indexOf(':');
      if (colon > 0 && line.substring(0, colon).trim().equals(key)) {
        return Optional.of(line.substring(colon + 1).trim());
      }
    }
    return Optional.empty();
  }

  private static long memTotalKiB() {
    return procField("/proc/meminfo", "MemTotal")
        .map(v -> Long.parseLong(v.split("\\s+")[0]))
        .orElse(Runtime.getRuntime().maxMemory() / 1024);
  }

  private static String osRelease() {
    for (String line : lines("/etc/os-release")) {
      if (line.startsWith("PRETTY_NAME=")) {
        return line.substring("PRETTY_NAME=".length()).replace("\"", "");
      }
    }
    return System.getProperty("os.name");
  }

  private static List<String> lines(String file) {
    try {
      return Files.readAllLines(Path.of(file));
    } catch (IOException | RuntimeException e) {
      return List.of();
    }
  }
}
