package dev.orgd.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * orgd as users run it: {@code java -jar dist/target/orgd.jar} in a child process, so that a test
 * can kill it for real. The jar is the one the reactor built before this module's integration tests
 * ({@code orgd.it.jar}, set by the build).
 */
public final class OrgdProcess implements AutoCloseable {
  private static final Pattern LISTENING =
      Pattern.compile("orgd listening on (\\S+) \\(storage: (.+)\\)");
  private static final Duration START_PATIENCE = Duration.ofSeconds(60);

  private final Process process;
  private final Path stderr;
  private final Path stdout;
  private final URI endpoint;
  private final String storage;

  private OrgdProcess(Process process, Path stderr, Path stdout, URI endpoint, String storage) {
    this.process = process;
    this.stderr = stderr;
    this.stdout = stdout;
    this.endpoint = endpoint;
    this.storage = storage;
  }

  /** The orgd jar; fails (never skips) when it was not built, since that is a build problem. */
  public static Path jar() {
    String property = System.getProperty("orgd.it.jar");
    if (property == null) {
      throw new AssertionError("orgd.it.jar is not set; run the tests through Maven (mvn verify)");
    }
    Path jar = Path.of(property).toAbsolutePath().normalize();
    if (!Files.isRegularFile(jar)) {
      throw new AssertionError(
          jar + " is missing: build it first (mvn -B package -pl server -am -DskipTests)");
    }
    return jar;
  }

  /** The command that starts the jar with {@code args}, as the launcher does. */
  public static List<String> command(List<String> args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xmx256m"));
    command.add("-jar");
    command.add(jar().toString());
    command.addAll(args);
    return command;
  }

  /**
   * Starts {@code command} in {@code workDir} with {@code env} added to this environment, and
   * returns once it printed its start-up line; its stderr goes to {@code workDir/<name>.err}.
   */
  public static OrgdProcess start(
      String name, List<String> command, Map<String, String> env, Path workDir) {
    Path stderr = workDir.resolve(name + ".err");
    // Both streams go to files: a pipe read by a thread loses what the process writes just before
    // it exits (the JDK closes the stream under the reader), such as the line it prints on SIGTERM.
    Path stdout = workDir.resolve(name + ".out");
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(workDir.toFile())
            .redirectOutput(stdout.toFile())
            .redirectError(stderr.toFile());
    builder.environment().keySet().removeIf(k -> k.startsWith("ORGD_"));
    builder.environment().putAll(env);
    Process process;
    try {
      process = builder.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      String line = firstLine(stdout, process);
      Matcher m = line == null ? null : LISTENING.matcher(line);
      if (m == null || !m.matches()) {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
        throw new AssertionError(
            name
                + " did not start (stdout: "
                + (line == null ? "nothing" : line)
                + ", stderr: "
                + read(stderr)
                + ")");
      }
      return new OrgdProcess(process, stderr, stdout, URI.create(m.group(1)), m.group(2));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
      throw new IllegalStateException(e);
    }
  }

  /** The first line the process writes, once written; null if it exits or takes too long. */
  private static String firstLine(Path stdout, Process process) throws InterruptedException {
    long deadline = System.nanoTime() + START_PATIENCE.toNanos();
    while (System.nanoTime() < deadline) {
      String text = read(stdout);
      int end = text.indexOf('\n');
      if (end >= 0) {
        return text.substring(0, end);
      }
      if (!process.isAlive()) {
        return text.isEmpty() ? null : text;
      }
      Thread.sleep(20);
    }
    return null;
  }

  /** Starts the jar with {@code args} (no ORGD_ variables) in {@code workDir}. */
  public static OrgdProcess startJar(String name, Path workDir, String... args) {
    return start(name, command(List.of(args)), Map.of(), workDir);
  }

  /**
   * Runs the jar with {@code args} and {@code env} (no other ORGD_ variables) in {@code workDir}
   * until it exits, which it must do within a minute; for start-ups that are meant to fail.
   */
  public static Command.Result runJar(Path workDir, Map<String, String> env, String... args) {
    List<String> command = command(List.of(args));
    Path out = workDir.resolve("run.out");
    Path err = workDir.resolve("run.err");
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(workDir.toFile())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile());
    builder.environment().keySet().removeIf(k -> k.startsWith("ORGD_"));
    builder.environment().putAll(env);
    try {
      Process process = builder.start();
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError("orgd " + String.join(" ", args) + " did not exit within 60s");
      }
      return new Command.Result(
          String.join(" ", command), process.exitValue(), read(out), read(err));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      return "(" + file + " unreadable: " + e.getMessage() + ")";
    }
  }

  /** The server's base URL, from its start-up line. */
  public URI endpoint() {
    return endpoint;
  }

  /** What the start-up line says of the storage, e.g. {@code sqlite /tmp/x/orgd.db}. */
  public String storage() {
    return storage;
  }

  public long pid() {
    return process.pid();
  }

  /** What the process wrote to stdout after its listening line (all of it, once it has exited). */
  public List<String> stdoutAfterListening() {
    return read(stdout).lines().skip(1).toList();
  }

  /** What the process wrote to stderr so far. */
  public String stderr() {
    return read(stderr);
  }

  /**
   * Kills the process with SIGKILL (no shutdown hook runs, nothing is flushed or closed) and
   * returns its exit status: 137 (128 + 9) when SIGKILL ended it.
   */
  public int kill() {
    process.destroyForcibly();
    return waitForExit();
  }

  /** Asks the process to stop (SIGTERM, as Ctrl-C or a service manager would) and waits. */
  public int stop() {
    process.destroy();
    return waitForExit();
  }

  private int waitForExit() {
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError("orgd (pid " + process.pid() + ") did not exit within 30s");
      }
      return process.exitValue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    if (process.isAlive()) {
      process.destroyForcibly();
      waitForExit();
    }
  }
}
