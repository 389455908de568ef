package dev.orgd.bench.target;

import java.util.List;
import java.util.Objects;

/**
 * HOOK FOR THE SCALING BENCHMARK: puts an organization and {@code handshakes} handshakes straight
 * into orgd's store, without HTTP, so that ListHandshakesForOrganization can be timed against 10^3
 * to 10^6 stored handshakes in reasonable time.
 *
 * <p>The harness calls {@link #seed} before it starts orgd on the same {@link StorageSpec}, so a
 * JDBC seeder opens the SQLite data directory or the PostgreSQL database itself, writes in large
 * batches, and closes it again. The in-memory store lives inside the orgd process, so a memory
 * seeder returns extra orgd arguments instead (for example a flag that makes orgd seed itself at
 * start-up); the harness appends them to orgd's command line.
 *
 * <p>Until orgd's store is wired in, {@link Seeders#forThisBuild()} returns {@link #NOT_WIRED} and
 * the scaling section of the report says so.
 */
public interface Seeder {

  /** The result of seeding: who manages the seeded organization, and any extra orgd arguments. */
  record Seeded(String managementAccountId, List<String> extraOrgdArgs) {
    public Seeded {
      Objects.requireNonNull(managementAccountId, "managementAccountId");
      extraOrgdArgs = List.copyOf(extraOrgdArgs);
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

  /** The stand-in until orgd's store is wired in: supports nothing. */
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
