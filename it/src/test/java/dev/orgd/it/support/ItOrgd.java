package dev.orgd.it.support;

import dev.orgd.core.store.InMemoryStore;
import dev.orgd.core.store.Store;
import dev.orgd.junit5.OrgdExtension;
import dev.orgd.store.jdbc.JdbcStore;
import dev.orgd.testsupport.TestPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;

/**
 * The end-to-end suite's orgd: the public {@link OrgdExtension}, on the storage backend this run
 * tests (system property {@code orgd.it.storage}: memory, sqlite or postgres; the build runs the
 * suite once per backend), with clients that never retry, so that every error reaches the test as
 * the server sent it. Each server gets a place of its own (a fresh temporary directory, a fresh
 * PostgreSQL database), removed when the test JVM exits.
 *
 * <pre>{@code
 * @RegisterExtension static final OrgdExtension ORGD = ItOrgd.extension();
 * }</pre>
 */
public final class ItOrgd {
  private static final List<AutoCloseable> PLACES = new ArrayList<>();

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(ItOrgd::removePlaces, "orgd-it-places"));
  }

  private ItOrgd() {}

  /** The extension every Java SDK test class registers. */
  public static OrgdExtension extension() {
    return builder().build();
  }

  /** The suite's settings, for a class that adds its own (a SigV4 configuration). */
  public static OrgdExtension.Builder builder() {
    return OrgdExtension.builder()
        .store(ItOrgd::openStore)
        .clients(
            b ->
                b.httpClientBuilder(
                        UrlConnectionHttpClient.builder().socketTimeout(Duration.ofSeconds(30)))
                    .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry())));
  }

  /** The storage backend this run tests: {@code orgd.it.storage}, by default {@code memory}. */
  public static String storage() {
    return System.getProperty("orgd.it.storage", "memory");
  }

  private static Store openStore() {
    return switch (storage()) {
      case "memory" -> new InMemoryStore();
      case "sqlite" -> JdbcStore.sqlite(place(temporaryDirectory()));
      case "postgres" -> JdbcStore.postgres(place(TestPostgres.createDatabase()).url());
      default ->
          throw new IllegalArgumentException(
              "orgd.it.storage must be memory, sqlite or postgres: " + storage());
    };
  }

  private static Path place(Path dir) {
    place(() -> delete(dir));
    return dir;
  }

  private static <T extends AutoCloseable> T place(T place) {
    synchronized (PLACES) {
      PLACES.add(place);
    }
    return place;
  }

  private static void removePlaces() {
    synchronized (PLACES) {
      for (AutoCloseable place : PLACES) {
        try {
          place.close();
        } catch (Exception e) {
          // Only a temporary directory or a test database is left behind.
        }
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

  private static void delete(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
