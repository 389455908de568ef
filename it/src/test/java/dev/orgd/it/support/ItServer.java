package dev.orgd.it.support;

import dev.orgd.server.OrgdServer;
import dev.orgd.server.ServerConfig;
import dev.orgd.server.StoreFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * The orgd server under test, started in-process through its public builder, on a place of its own
 * that closing it removes: a fresh temporary directory (SQLite) or a fresh database (PostgreSQL).
 */
public final class ItServer implements AutoCloseable {
  private final OrgdServer server;
  private final AutoCloseable place;

  private ItServer(OrgdServer server, AutoCloseable place) {
    this.server = server;
    this.place = place;
  }

  /**
   * Starts a server on a free loopback port with the given storage kind ({@code memory}, {@code
   * sqlite}, {@code postgres}). Without PostgreSQL a postgres server is skipped (failed under
   * CI=true) with the reason.
   *
   * @param janitor whether the periodic purge of handshakes past their retention runs (with its
   *     default interval)
   */
  static ItServer start(String storage, boolean janitor) {
    return start(storage, janitor, UnaryOperator.identity());
  }

  /** As {@link #start(String, boolean)}, with the configuration changed by {@code configure}. */
  public static ItServer start(
      String storage, boolean janitor, UnaryOperator<ServerConfig> configure) {
    ServerConfig base = configure.apply(ServerConfig.ephemeral());
    return switch (storage) {
      case "memory" -> start(base, janitor, () -> {});
      case "sqlite" -> {
        Path dir = temporaryDirectory();
        yield start(base.withSqlite(dir), janitor, () -> delete(dir));
      }
      case "postgres" -> {
        TestPostgres.Database database = TestPostgres.createDatabase();
        yield start(base.withPostgres(database.url()), janitor, database);
      }
      default ->
          throw new IllegalArgumentException(
              "orgd.it.storage must be memory, sqlite or postgres: " + storage);
    };
  }

  private static ItServer start(ServerConfig config, boolean janitor, AutoCloseable place) {
    OrgdServer.Builder builder =
        OrgdServer.builder().config(config).storeOpener(StoreFactory::open);
    if (!janitor) {
      builder.janitorInterval(Duration.ZERO);
    }
    try {
      return new ItServer(builder.build().start(), place);
    } catch (RuntimeException e) {
      closeQuietly(place, e);
      throw e;
    }
  }

  public URI endpoint() {
    return server.endpoint();
  }

  String storageKind() {
    return server.storageKind();
  }

  @Override
  public void close() {
    try {
      server.close();
    } finally {
      try {
        place.close();
      } catch (Exception e) {
        throw new IllegalStateException("cannot remove the server's storage", e);
      }
    }
  }

  private static Path temporaryDirectory() {
    try {
      return Files.createTempDirectory("orgd-it-sqlite-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Deletes {@code dir} and everything in it. */
  static void delete(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void closeQuietly(AutoCloseable place, RuntimeException failure) {
    try {
      place.close();
    } catch (Exception e) {
      failure.addSuppressed(e);
    }
  }
}
