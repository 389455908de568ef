package dev.orgd.store.jdbc;

import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * The PostgreSQL the integration tests run on: {@code ORGD_TEST_POSTGRES_URL}, by default the local
 * server with trust authentication. Every store gets a schema of its own, dropped afterwards.
 */
final class TestPostgres {
  static final String URL =
      System.getenv()
          .getOrDefault(
              "ORGD_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");

  private static String unavailable;
  private static boolean checked;

  private TestPostgres() {
    throw new AssertionError("not instantiable");
  }

  /** Whether PostgreSQL answered (asked once per run). */
  static synchronized boolean available() {
    if (!checked) {
      checked = true;
      try (Connection connection = DriverManager.getConnection(withParameter("connectTimeout=3"))) {
        connection.getMetaData();
      } catch (SQLException e) {
        unavailable = "PostgreSQL is not reachable at " + URL + ": " + e.getMessage();
      }
    }
    return unavailable == null;
  }

  /**
   * Skips the calling test when PostgreSQL cannot be reached, with the reason; under {@code
   * CI=true} fails it instead, because CI must run these tests.
   */
  static void assumeAvailable() {
    if (!available()) {
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        fail(unavailable + " (CI=true, so this test may not be skipped)");
      }
      Assumptions.abort(unavailable);
    }
  }

  /** Creates an empty schema with a unique name and returns that name. */
  static String createSchema() {
    String schema = "orgd_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    execute("CREATE SCHEMA " + schema);
    return schema;
  }

  static void dropSchema(String schema) {
    execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
  }

  /** The test database's URL with the schema as the connections' current schema. */
  static String urlFor(String schema) {
    return withParameter("currentSchema=" + schema);
  }

  static String withParameter(String parameter) {
    return URL + (URL.contains("?") ? "&" : "?") + parameter;
  }

  private static void execute(String sql) {
    try (Connection connection = DriverManager.getConnection(URL);
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }
}
