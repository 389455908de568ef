package dev.orgd.core.service;

import dev.orgd.core.error.ErrorCode;
import dev.orgd.core.error.InvalidInputReason;
import dev.orgd.core.error.OrgdException;
import dev.orgd.core.model.Account;
import dev.orgd.core.model.AccountId;
import dev.orgd.core.model.Organization;
import dev.orgd.core.model.OrganizationId;
import dev.orgd.core.page.KeyCodec;
import dev.orgd.core.page.Keyset;
import dev.orgd.core.page.Page;
import dev.orgd.core.page.PageRequest;
import dev.orgd.core.policy.EffectivePolicies;
import dev.orgd.core.policy.EffectivePolicyValidationError;
import dev.orgd.core.policy.PolicyType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * DescribeEffectivePolicy, ListAccountsWithInvalidEffectivePolicy and
 * ListEffectivePolicyValidationErrors (research policies.md §4.11–4.12). An effective policy is
 * merged once per set of documents on the path, level by level (kept in a small cache, keyed by the
 * documents themselves: two updates within the clock's millisecond still differ), so describing one
 * costs the reads of the path, not the merge. DescribeEffectivePolicy also keeps each account's
 * answer while its organization's policy version, its parent and its joining stay the same ({@link
 * KeptPerAccount}, as SCP enforcement keeps its chains), so that it costs the same five OUs deep as
 * under the root: the reads of the caller, the account, the organization and that version.
 */
public final class EffectivePolicyService {
  private static final int CACHED = 4096;

  /** Validation errors by their position in the account's list. */
  private static final Keyset<Indexed, Integer> ERRORS =
      new Keyset<>(KeyCodec.of(String::valueOf, Integer::valueOf), Indexed::index);

  private record Indexed(int index, EffectivePolicyValidationError error) {}

  /** Bounded: an effective policy may be kilobytes, and a large organization has many accounts. */
  private static final int DESCRIBED_LIMIT = 16_384;

  private final Orgd orgd;

  /** An account's effective policy of a type, and when what it is made of last changed. */
  private record Described(Optional<String> content, Instant lastUpdated) {}

  private record DescribedKey(OrganizationId org, AccountId account, PolicyType type) {}

  private final KeptPerAccount<DescribedKey, Described> described =
      new KeptPerAccount<>(DESCRIBED_LIMIT);

  private final Map<List<Object>, Optional<String>> merged =
      new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<List<Object>, Optional<String>> eldest) {
          return size() > CACHED;
        }
      };

  EffectivePolicyService(Orgd orgd) {
    this.orgd = orgd;
  }

  /**
   * DescribeEffectivePolicy of an account: the caller's own when {@code targetId} is null. A member
   * may read only its own (decision D6); roots and OUs are not supported (decision D20).
   */
  public EffectivePolicyDetails describeEffectivePolicy(
      AccountId caller, PolicyType type, String targetId) {
    String target = targetId == null ? caller.value() : targetId;
    if (!AccountId.isValid(target)) {
      throw OrgdException.invalidInput(
          InvalidInputReason.TARGET_NOT_SUPPORTED,
          "You can't perform the specified operation on that target entity.");
    }
    return orgd.read(
        s -> {
          Organization org = s.organizationOf(caller);
          if (!target.equals(caller.value())
              && !org.managementAccountId().equals(caller)
              && !s.isDelegatedAdministrator(org, caller)) {
            throw OrgdException.accessDenied();
          }
          Account account = account(s, org, target);
          requireEnabled(s, org, type);
          Described d = described(s, org, account, type);
          String content = d.content().orElseThrow(EffectivePolicyService::notFound);
          return new EffectivePolicyDetails(content, d.lastUpdated(), target, type);
        });
  }

  /** The account's effective policy, kept as {@link KeptPerAccount} says. */
  private Described described(Session s, Organization org, Account account, PolicyType type) {
    return described.get(
        s,
        org,
        account,
        new DescribedKey(org.id(), account.id(), type),
        () -> {
          PolicyLevels levels = PolicyLevels.of(s, org, account, type);
          return new Described(merge(type, levels), levels.lastUpdated());
        });
  }

  /** ListAccountsWithInvalidEffectivePolicy: the members, by id, whose policy has errors. */
  public Page<AccountDetails> listAccountsWithInvalidEffectivePolicy(
      AccountId caller, PolicyType type, PageRequest request) {
    return orgd.read(
        s -> {
          Organization org = s.administeredBy(caller);
          requireEnabled(s, org, type);
          Page<Account> scanned =
              Paging.page(
                  s,
                  Paging.ACCOUNTS,
                  "ListAccountsWithInvalidEffectivePolicy|" + caller + "|" + type,
                  request,
                  (after, limit) -> s.tx.accounts().members(org.id(), after, limit));
          List<AccountDetails> invalid = new ArrayList<>();
          for (Account account : scanned.items()) {
            if (!errors(s, org, account, type).isEmpty()) {
              invalid.add(new AccountDetails(account, org));
            }
          }
          return new Page<>(invalid, scanned.nextToken());
        });
  }

  /** ListEffectivePolicyValidationErrors of one member account. */
  public EffectivePolicyErrors listEffectivePolicyValidationErrors(
      AccountId caller, String accountId, PolicyType type, PageRequest request) {
    return orgd.read(
        s -> {
          Organization org = s.administeredBy(caller);
          Account account = s.memberOf(org, new AccountId(accountId));
          PolicyLevels levels = levels(s, org, account, type);
          if (merge(type, levels).isEmpty()) {
            throw notFound();
          }
          List<EffectivePolicyValidationError> all =
              EffectivePolicies.validationErrors(type, levels.contents(), levels.ids());
          Page<Indexed> page =
              Paging.page(
                  s,
                  ERRORS,
                  "ListEffectivePolicyValidationErrors|" + caller + "|" + accountId + "|" + type,
                  request,
                  (after, limit) -> {
                    int from = after == null ? 0 : after + 1;
                    List<Indexed> rows = new ArrayList<>();
                    for (int i = from; i < all.size() && rows.size() < limit; i++) {
                      rows.add(new Indexed(i, all.get(i)));
                    }
                    return rows;
                  });
          return new EffectivePolicyErrors(
              accountId, type, new Tree(s, org).path(account), s.now, page.map(Indexed::error));
        });
  }

  private List<EffectivePolicyValidationError> errors(
      Session s, Organization org, Account account, PolicyType type) {
    PolicyLevels levels = PolicyLevels.of(s, org, account, type);
    if (levels.isEmpty()) {
      return List.of();
    }
    return EffectivePolicies.validationErrors(type, levels.contents(), levels.ids());
  }

  private static Account account(Session s, Organization org, String id) {
    Account account = s.account(new AccountId(id));
    if (!org.id().equals(account.organizationId())) {
      throw new OrgdException(
          ErrorCode.TARGET_NOT_FOUND,
          "We can't find a root, OU, account, or policy with the TargetId that you specified.");
    }
    return account;
  }

  private static PolicyLevels levels(Session s, Organization org, Account account, PolicyType t) {
    requireEnabled(s, org, t);
    return PolicyLevels.of(s, org, account, t);
  }

  private static void requireEnabled(Session s, Organization org, PolicyType type) {
    if (!PolicyLookup.isEnabled(s, org, type)) {
      throw notFound();
    }
  }

  private Optional<String> merge(PolicyType type, PolicyLevels levels) {
    if (levels.isEmpty()) {
      return Optional.empty();
    }
    List<Object> key = List.of(type, levels.contents());
    synchronized (merged) {
      Optional<String> known = merged.get(key);
      if (known != null) {
        return known;
      }
    }
    Optional<String> result = EffectivePolicies.compute(type, levels.contents());
    synchronized (merged) {
      merged.put(key, result);
    }
    return result;
  }

  private static OrgdException notFound() {
    return new OrgdException(
        ErrorCode.EFFECTIVE_POLICY_NOT_FOUND,
        "If you ran this action on the management account, this policy type is not enabled. If"
            + " you ran the action on a member account, the account doesn't have an effective"
            + " policy of this type.");
  }
}
