package dev.orgd.core.service;

import dev.orgd.core.model.Account;
import dev.orgd.core.model.Organization;
import dev.orgd.core.model.OrganizationalUnitId;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * What this node computed for an account from its organization's policies (a chain of compiled
 * SCPs, an effective policy), kept while the organization's policy version, the account's parent
 * and its joining are still those it was computed at. The version is read in the caller's
 * transaction before anything the value is made of; every write to attachments, policies or enabled
 * policy types bumps it ({@link PolicyVersioningTx}), on whichever node it runs, and OUs never
 * move, so the parent fixes the account's path. Bounded: emptied when full, since a value is cheap
 * to compute again.
 *
 * @param <K> what names one value: at least the organization and the account
 * @param <V> the value (may be null)
 */
final class KeptPerAccount<K, V> {
  private record Kept<V>(long version, OrganizationalUnitId parent, Instant joinedAt, V value) {}

  private final int limit;
  private final Map<K, Kept<V>> kept = new ConcurrentHashMap<>();

  KeptPerAccount(int limit) {
    this.limit = limit;
  }

  /** The value kept for {@code key}, or the one {@code compute} makes now (then kept). */
  V get(Session s, Organization org, Account account, K key, Supplier<V> compute) {
    long version = s.tx.organizations().policyVersion(org.id());
    Kept<V> known = kept.get(key);
    if (known != null
        && known.version() == version
        && Objects.equals(known.parent(), account.organizationalUnitId())
        && Objects.equals(known.joinedAt(), account.joinedAt())) {
      return known.value();
    }
    V value = compute.get();
    if (kept.size() >= limit) {
      kept.clear();
    }
    kept.put(key, new Kept<>(version, account.organizationalUnitId(), account.joinedAt(), value));
    return value;
  }
}
