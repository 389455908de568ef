package dev.orgd.bench.target;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Short helper commands (version queries, initdb, psql): run to completion, output captured. */
public final class Commands {

  private static final long LIMIT_SECONDS = 120;

  private Commands() {}

  /** What a finished command printed (stdout and stderr together) and its exit code. */
  public record Output(int exitCode, String text) {
    public boolean ok() {
      return exitCode == 0;
    }
  }

  /** Runs {@code command} to completion (at most two minutes). */
  public static Output run(List<String> command) throws IOException, InterruptedException {
    Process process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
            .start();
    byte[] out = process.getInputStream().readAllBytes();
    if (!process.waitFor(LIMIT_SECONDS, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IOException("timed out: " + String.join(" ", command));
    }
    return new Output(process.exitValue(), new String(out, StandardCharsets.UTF_8).trim());
  }

  /** Runs {@code command} and fails unless it exits 0. */
  public static String require(List<String> command) throws IOException, InterruptedException {
    Output output = run(command);
    if (!output.ok()) {
      throw new IOException(
          String.join(" ", command) + " exited " + output.exitCode() + ": " + output.text());
    }
    return output.text();
  }

  /** The first line {@code command} prints, or "unknown" when it fails. */
  public static String firstLineOrUnknown(List<String> command) {
    return firstLineOrUnknown(command, "");
  }

  /**
   * The first line {@code command} prints that does not start with {@code skipped} (when that is
   * not empty), or "unknown" when it fails or prints no such line.
   */
  public static String firstLineOrUnknown(List<String> command, String skipped) {
    try {
      Output output = run(command);
      return output.ok()
          ? output
              .text()
              .lines()
              .filter(line -> !line.isEmpty() && (skipped.isEmpty() || !line.startsWith(skipped)))
              .findFirst()
              .orElse("unknown")
          : "unknown";
    } catch (IOException e) {
      return "unknown";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "unknown";
    }
  }

  /** The executable {@code name} on the PATH, if any. */
  public static Optional<Path> onPath(String name) {
    String path = System.getenv().getOrDefault("PATH", "");
    for (String dir : path.split(File.pathSeparator)) {
      if (dir.isEmpty()) {
        continue;
      }
      Path candidate = Path.of(dir, name);
      if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
