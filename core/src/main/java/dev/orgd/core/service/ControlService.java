package dev.orgd.core.service;

import dev.orgd.core.model.Account;
import dev.orgd.core.model.AccountId;
import dev.orgd.core.model.Organization;
import dev.orgd.core.model.OrganizationId;
import dev.orgd.core.store.ClockSetting;
import dev.orgd.core.store.HandshakeQuery;
import dev.orgd.core.store.WriteScope;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The control plane's actions (not part of AWS): orgd's clock, account emails and names, quotas,
 * purging and reset. Clock changes are stored, so every node of a shared store follows them.
 */
public final class ControlService {
  private final Orgd orgd;

  ControlService(Orgd orgd) {
    this.orgd = orgd;
  }

  public ClockView clock() {
    return orgd.read(s -> new ClockView(s.now, s.tx.settings().clock().frozen()));
  }

  /** Moves the clock forward (or back, for a negative duration); a frozen clock stays frozen. */
  public ClockView advance(Duration by) {
    return orgd.write(
        s -> {
          ClockSetting old = s.tx.settings().clock();
          ClockSetting moved =
              old.frozen()
                  ? new ClockSetting(old.offsetMillis(), old.frozenAt().plus(by))
                  : new ClockSetting(old.offsetMillis() + by.toMillis(), null);
          return save(s, moved);
        });
  }

  /**
   * Sets the clock to {@code to} (null: leave the instant as it is), then freezes it ({@code
   * freeze} true), lets it run from there (false), or keeps its current mode (null).
   */
  public ClockView set(Instant to, Boolean freeze) {
    return orgd.write(
        s -> {
          Instant at = to == null ? s.now : to;
          boolean frozen = freeze == null ? s.tx.settings().clock().frozen() : freeze;
          long offset = at.toEpochMilli() - orgd.realClock().millis();
          return save(s, new ClockSetting(offset, frozen ? at : null));
        });
  }

  private ClockView save(Session s, ClockSetting setting) {
    s.tx.settings().saveClock(setting);
    return new ClockView(setting.apply(orgd.realClock().instant()), setting.frozen());
  }

  /**
   * Every organization of this orgd with an id above {@code after} (null: from the start), by id,
   * at most {@code limit}, each with its counts (the console's list; AWS cannot list them).
   */
  public List<OrganizationOverview> organizations(OrganizationId after, int limit) {
    return orgd.read(
        s ->
            s.tx.organizations().list(after, limit).stream().map(org -> overview(s, org)).toList());
  }

  /** One organization with its counts, as {@link #organizations} lists it. */
  public Optional<OrganizationOverview> organization(OrganizationId id) {
    return orgd.read(s -> s.tx.organizations().find(id).map(org -> overview(s, org)));
  }

  private static OrganizationOverview overview(Session s, Organization org) {
    return new OrganizationOverview(
        org,
        s.tx.accounts().countMembers(org.id()),
        s.tx.organizationalUnits().count(org.id()),
        s.tx.handshakes().count(HandshakeQuery.sentBy(org.id()).openAt(s.now)));
  }

  /** Registers an account's email and name (or updates them). */
  public Account registerAccount(AccountId id, String email, String name) {
    return registerAccount(id, email, name, null);
  }

  /**
   * Registers an account's email and name (or updates them), and pairs it with the AWS GovCloud
   * (US) account {@code govCloud} unless that is null (a management account so paired may call
   * CreateGovCloudAccount).
   */
  public Account registerAccount(AccountId id, String email, String name, AccountId govCloud) {
    return orgd.write(
        s -> {
          Account account = s.account(id);
          if (email != null) {
            s.tx
                .accounts()
                .findByEmail(Account.normalizeEmail(email))
                .filter(other -> !other.id().equals(id))
                .ifPresent(
                    other -> {
                      throw new IllegalArgumentException(
                          "the email " + email + " belongs to account " + other.id());
                    });
          }
          Account updated =
              account.withContact(
                  email == null ? account.email() : email, name == null ? account.name() : name);
          if (govCloud != null) {
            if (govCloud.equals(id)) {
              throw new IllegalArgumentException("an account cannot be its own GovCloud account");
            }
            updated = updated.withGovCloudAccount(govCloud);
          }
          s.tx.accounts().save(updated);
          return updated;
        });
  }

  /** Sets one organization's account quota; empty when there is no such organization. */
  public Optional<Organization> setQuota(OrganizationId id, int maxAccounts) {
    return orgd.write(
        WriteScope.organization(id),
        s ->
            s.tx
                .organizations()
                .find(id)
                .map(
                    org -> {
                      Organization updated = org.withMaxAccounts(maxAccounts);
                      s.tx.organizations().save(updated);
                      return updated;
                    }));
  }

  /** Removes handshakes and responsibility transfers past their retention; returns how many. */
  public int purge() {
    return orgd.write(
        s -> s.tx.handshakes().purge(s.now) + s.tx.responsibilityTransfers().purge(s.now));
  }

  /** Forgets everything; the clock goes back to real time. */
  public void reset() {
    orgd.write(
        s -> {
          s.tx.deleteAll();
          return null;
        });
  }
}
