package dev.orgd.bench.target;

/** The one place that picks the {@link Seeder} the scaling benchmark uses. */
public final class Seeders {

  private Seeders() {}

  /**
   * WIRE ME once orgd's store modules are on the classpath: return a seeder that writes through
   * orgd's {@code Store} port (core's InMemoryStore via an orgd start-up flag; the JDBC stores
   * directly on the spec's data directory or JDBC URL).
   */
  public static Seeder forThisBuild() {
    return Seeder.NOT_WIRED;
  }
}
