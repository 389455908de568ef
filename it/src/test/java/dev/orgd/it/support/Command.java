package dev.orgd.it.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs an external client (python3, aws, node) as a child process with a clean AWS environment:
 * every {@code AWS_*} variable of the calling environment is dropped, shared config and credential
 * files point nowhere, and only what the test sets is passed, so a developer's own AWS profile can
 * never leak into a test or reach a real endpoint.
 */
public final class Command {
  private final List<String> argv = new ArrayList<>();
  private final Map<String, String> env = new HashMap<>();
  private Path directory;
  private Duration timeout = Duration.ofSeconds(90);

  private Command(List<String> argv) {
    this.argv.addAll(argv);
  }

  /** A command line; the first element is the executable. */
  public static Command of(List<String> argv) {
    return new Command(argv);
  }

  /**
   * The AWS CLI {@code aws} running {@code organizations args...} against {@code endpoint} in
   * us-east-1, with JSON output.
   */
  public static Command awsOrganizations(Path aws, URI endpoint, String... args) {
    List<String> argv = new ArrayList<>();
    argv.add(aws.toString());
    argv.add("organizations");
    argv.addAll(List.of(args));
    argv.addAll(
        List.of(
            "--region", "us-east-1", "--endpoint-url", endpoint.toString(), "--output", "json"));
    return of(argv);
  }

  /** Credentials of the 12-digit account {@code accountId} (orgd's identity convention). */
  public Command account(String accountId) {
    env.put("AWS_ACCESS_KEY_ID", accountId);
    env.put("AWS_SECRET_ACCESS_KEY", "orgd-it-secret");
    return this;
  }

  public Command env(String name, String value) {
    env.put(name, value);
    return this;
  }

  public Command directory(Path dir) {
    this.directory = dir;
    return this;
  }

  public Command timeout(Duration value) {
    this.timeout = value;
    return this;
  }

  /** Runs the command to its end and returns its exit code and output. */
  public Result run() {
    ProcessBuilder pb = new ProcessBuilder(argv);
    if (directory != null) {
      pb.directory(directory.toFile());
    }
    Map<String, String> childEnv = pb.environment();
    childEnv.keySet().removeIf(k -> k.startsWith("AWS_"));
    childEnv.put("AWS_CONFIG_FILE", "/nonexistent/orgd-it/config");
    childEnv.put("AWS_SHARED_CREDENTIALS_FILE", "/nonexistent/orgd-it/credentials");
    childEnv.put("AWS_EC2_METADATA_DISABLED", "true");
    childEnv.put("AWS_PAGER", "");
    childEnv.put("PYTHONDONTWRITEBYTECODE", "1");
    childEnv.putAll(env);
    try {
      Process p = pb.start();
      CompletableFuture<String> out = drain(p.getInputStream());
      CompletableFuture<String> err = drain(p.getErrorStream());
      if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        p.destroyForcibly();
        throw new AssertionError(
            "timed out after " + timeout + ": " + this + "\nstderr: " + err.getNow(""));
      }
      return new Result(this.toString(), p.exitValue(), out.join(), err.join());
    } catch (IOException e) {
      throw new UncheckedIOException("could not start " + argv, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted: " + this, e);
    }
  }

  private static CompletableFuture<String> drain(InputStream in) {
    return CompletableFuture.supplyAsync(
        () -> {
          ByteArrayOutputStream buffer = new ByteArrayOutputStream();
          try (in) {
            in.transferTo(buffer);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          return buffer.toString(StandardCharsets.UTF_8);
        },
        // One thread per stream: the common pool may have a single thread on a small machine,
        // and a child blocked on a full stderr pipe would then never exit.
        task -> {
          Thread reader = new Thread(task, "orgd-it-output");
          reader.setDaemon(true);
          reader.start();
        });
  }

  @Override
  public String toString() {
    return String.join(" ", argv);
  }

  /** What a finished command left behind. */
  public record Result(String command, int exitCode, String stdout, String stderr) {

    /** Describes the run for assertion messages. */
    public String describe() {
      return "`"
          + command
          + "` exited with "
          + exitCode
          + "\n--- stdout ---\n"
          + stdout
          + "\n--- stderr ---\n"
          + stderr;
    }
  }
}
