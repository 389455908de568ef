package dev.orgd.bench.report;

import dev.orgd.bench.load.LoadResult;

/**
 * ListHandshakesForOrganization against a store seeded with {@code handshakes} handshakes.
 *
 * @param backend the orgd backend (memory, sqlite, postgres)
 * @param handshakes how many handshakes the store held
 * @param seedSeconds how long seeding took
 * @param load the load run
 */
public record ScalingResult(String backend, long handshakes, double seedSeconds, LoadResult load) {}
