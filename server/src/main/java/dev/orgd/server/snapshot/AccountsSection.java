package dev.orgd.server.snapshot;

import dev.orgd.core.model.Account;
import dev.orgd.core.store.StoreTx;
import java.util.List;

/** Accounts (members with their OU and tags, and standalone accounts with a registered email). */
final class AccountsSection implements SnapshotSection<Account> {
  @Override
  public String name() {
    return "accounts";
  }

  @Override
  public Class<Account> rowType() {
    return Account.class;
  }

  @Override
  public List<Account> export(StoreTx tx) {
    return Keysets.drain(tx.accounts()::all, Account::id);
  }

  @Override
  public void load(StoreTx tx, List<Account> rows) {
    rows.forEach(tx.accounts()::save);
  }
}
