package dev.orgd.bench.target;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A throwaway PostgreSQL cluster for the benchmark: initdb in a temporary directory, started on a
 * loopback port with default settings (fsync on), one fresh database per orgd run, and removed at
 * the end. PostgreSQL refuses to run as root, so as root it runs as the {@code postgres} user.
 */
public final class PostgresCluster implements AutoCloseable {

  private static final String SUPERUSER = "postgres";

  private final Path bin;
  private final Path dir;
  private final int port;
  private final List<String> asUser;
  private int databases;

  private PostgresCluster(Path bin, Path dir, int port, List<String> asUser) {
    this.bin = bin;
    this.dir = dir;
    this.port = port;
    this.asUser = asUser;
  }

  /** PostgreSQL's bin directory: {@code pgBin} if given, else where pg_ctl is, if anywhere. */
  public static Optional<Path> findBin(String pgBin) {
    if (pgBin != null) {
      return Optional.of(Path.of(pgBin)).filter(p -> Files.isExecutable(p.resolve("pg_ctl")));
    }
    Optional<Path> onPath = Commands.onPath("pg_ctl");
    if (onPath.isPresent()) {
      try {
        return Optional.of(onPath.get().toRealPath().getParent());
      } catch (IOException e) {
        return Optional.empty();
      }
    }
    try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
      return versions
          .map(v -> v.resolve("bin"))
          .filter(b -> Files.isExecutable(b.resolve("pg_ctl")))
          .max(Comparator.comparing(Path::toString));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** Creates and starts a cluster with the binaries in {@code bin}. */
  public static PostgresCluster start(Path bin) throws IOException, InterruptedException {
    Path dir = Files.createTempDirectory("orgd-bench-pg");
    List<String> asUser = List.of();
    if ("root".equals(System.getProperty("user.name"))) {
      Commands.require(List.of("chown", SUPERUSER + ":", dir.toString()));
      asUser = List.of("runuser", "-u", SUPERUSER, "--");
    }
    PostgresCluster cluster = new PostgresCluster(bin, dir, Ports.free(), asUser);
    try {
      cluster.initAndStart();
    } catch (IOException | InterruptedException | RuntimeException e) {
      cluster.close();
      throw e;
    }
    return cluster;
  }

  private void initAndStart() throws IOException, InterruptedException {
    Path data = dir.resolve("data");
    Commands.require(
        command(
            "initdb",
            "-D",
            data.toString(),
            "-U",
            SUPERUSER,
            "-A",
            "trust",
            "-E",
            "UTF8",
            "--no-sync"));
    Commands.require(
        command(
            "pg_ctl",
            "-D",
            data.toString(),
            "-l",
            dir.resolve("postgres.log").toString(),
            "-w",
            "-o",
            "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1",
            "start"));
  }

  /** The server's version, e.g. {@code postgres (PostgreSQL) 15.20}. */
  public static String version(Path bin) {
    return Commands.firstLineOrUnknown(List.of(bin.resolve("postgres").toString(), "--version"));
  }

  /** Creates a fresh, empty database and returns its JDBC URL. */
  public String createDatabase() throws IOException, InterruptedException {
    String name = "orgd_bench_" + (++databases);
    Commands.require(
        command(
            "psql",
            "-h",
            "127.0.0.1",
            "-p",
            Integer.toString(port),
            "-U",
            SUPERUSER,
            "-d",
            "postgres",
            "-v",
            "ON_ERROR_STOP=1",
            "-q",
            "-c",
            "CREATE DATABASE " + name));
    return "jdbc:postgresql://127.0.0.1:" + port + "/" + name + "?user=" + SUPERUSER;
  }

  public int port() {
    return port;
  }

  private List<String> command(String program, String... args) {
    List<String> command = new ArrayList<>(asUser);
    command.add(bin.resolve(program).toString());
    command.addAll(List.of(args));
    return command;
  }

  @Override
  public void close() {
    try {
      Path data = dir.resolve("data");
      if (Files.exists(data.resolve("postmaster.pid"))) {
        Commands.run(command("pg_ctl", "-D", data.toString(), "-m", "fast", "-w", "stop"));
      }
    } catch (IOException e) {
      // best effort: the directory goes next in any case
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      TempDirs.deleteQuietly(dir);
    }
  }
}
