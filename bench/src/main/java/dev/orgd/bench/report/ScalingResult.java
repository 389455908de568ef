package dev.orgd.bench.report;

import dev.orgd.bench.load.LoadResult;

/**
 * A list operation against a store seeded with {@code stored} rows: handshakes for
 * ListHandshakesForOrganization, accounts (each with its create-account request) for ListAccounts
 * and ListCreateAccountStatus.
 *
 * @param backend the orgd backend (memory, sqlite, postgres)
 * @param stored how many handshakes or accounts the store held
 * @param seedSeconds how long seeding took
 * @param load the load run (its scenario names the operation)
 */
public record ScalingResult(String backend, long stored, double seedSeconds, LoadResult load) {

  /** What {@link #stored} counts. */
  public String storedWhat() {
    return load.scenario().equals("ListHandshakesForOrganization") ? "handshakes" : "accounts";
  }
}
