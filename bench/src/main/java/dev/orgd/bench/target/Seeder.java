package dev.orgd.bench.target;

import java.util.List;
import java.util.Objects;

/**
 * Puts an organization and {@code handshakes} handshakes straight into orgd's store, without HTTP,
 * so that ListHandshakesForOrganization can be timed against 10^3 to 10^6 stored handshakes in
 * reasonable time.
 *
 * <p>The harness calls {@link #seed} before it starts orgd on the same {@link StorageSpec}, so a
 * JDBC seeder opens the SQLite data directory or the PostgreSQL database itself, writes in large
 * units of work, and closes it again. The in-memory store lives inside the server's process, so a
 * memory seeder names a bench-owned main class instead, which fills an in-memory store and then
 * starts orgd's server on it; the harness launches that main with orgd's jar on the class path.
 */
public interface Seeder {

  /**
   * The result of seeding.
   *
   * @param managementAccountId who manages the seeded organization
   * @param extraOrgdArgs arguments appended to the server's command line
   * @param mainClass the main class to launch instead of orgd's jar (with orgd's jar and the
   *     harness on the class path), or null to launch orgd's jar
   * @param extraJvmOptions JVM options appended after orgd's launcher options (a larger heap for an
   *     in-memory store of a million handshakes)
   */
  record Seeded(
      String managementAccountId,
      List<String> extraOrgdArgs,
      String mainClass,
      List<String> extraJvmOptions) {
    public Seeded {
      Objects.requireNonNull(managementAccountId, "managementAccountId");
      extraOrgdArgs = List.copyOf(extraOrgdArgs);
      extraJvmOptions = List.copyOf(extraJvmOptions);
    }

    /** Seeded data that orgd's own jar serves, started with {@code extraOrgdArgs}. */
    public Seeded(String managementAccountId, List<String> extraOrgdArgs) {
      this(managementAccountId, extraOrgdArgs, null, List.of());
    }
  }

  /** Whether this seeder can fill {@code storage}. */
  boolean supports(OrgdStorage storage);

  /**
   * Fills the empty store that {@code spec} points at with one organization (whose management
   * account's id the result names) and {@code handshakes} handshakes of that organization, of
   * varied states and parties, as orgd itself would have stored them. Returns once the data is
   * durable and the store is closed.
   */
  Seeded seed(StorageSpec spec, long handshakes) throws Exception;

  /** Whether {@link #seedAccounts} can fill {@code storage}; a seeder that cannot says no. */
  default boolean seedsAccounts(OrgdStorage storage) {
    return false;
  }

  /**
   * Fills the empty store that {@code spec} points at with one organization of {@code accounts}
   * accounts (its management account included) and as many create-account requests, so that
   * ListAccounts and ListCreateAccountStatus can be timed against them. Returns once the data is
   * durable and the store is closed.
   */
  default Seeded seedAccounts(StorageSpec spec, long accounts) throws Exception {
    throw new UnsupportedOperationException("this seeder does not seed accounts");
  }

  /** A seeder that supports nothing (the scaling section then says so). */
  Seeder NOT_WIRED =
      new Seeder() {
        @Override
        public boolean supports(OrgdStorage storage) {
          return false;
        }

        @Override
        public Seeded seed(StorageSpec spec, long handshakes) {
          throw new UnsupportedOperationException("no Seeder is wired to orgd's store yet");
        }
      };
}
