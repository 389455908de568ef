package dev.orgd.server.snapshot;

import dev.orgd.core.model.DelegatedAdministrator;
import dev.orgd.core.model.Organization;
import dev.orgd.core.store.StoreTx;
import java.util.ArrayList;
import java.util.List;

/** Delegated administrator registrations: every service of every account of each organization. */
final class DelegatedAdministratorsSection implements SnapshotSection<DelegatedAdministrator> {
  @Override
  public String name() {
    return "delegatedAdministrators";
  }

  @Override
  public Class<DelegatedAdministrator> rowType() {
    return DelegatedAdministrator.class;
  }

  @Override
  public List<DelegatedAdministrator> export(StoreTx tx) {
    List<DelegatedAdministrator> all = new ArrayList<>();
    for (Organization org : OrganizationsSection.all(tx)) {
      List<DelegatedAdministrator> accounts =
          Keysets.drain(
              (after, limit) ->
                  tx.delegatedAdministrators().firstOfEachAccount(org.id(), null, after, limit),
              DelegatedAdministrator::accountId);
      for (DelegatedAdministrator first : accounts) {
        all.addAll(
            Keysets.drain(
                (after, limit) ->
                    tx.delegatedAdministrators()
                        .ofAccount(org.id(), first.accountId(), after, limit),
                DelegatedAdministrator::servicePrincipal));
      }
    }
    return all;
  }

  @Override
  public void load(StoreTx tx, List<DelegatedAdministrator> rows) {
    rows.forEach(tx.delegatedAdministrators()::save);
  }
}
