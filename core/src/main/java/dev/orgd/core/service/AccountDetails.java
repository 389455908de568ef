package dev.orgd.core.service;

import dev.orgd.core.model.Account;
import dev.orgd.core.model.Arns;
import dev.orgd.core.model.Organization;

/**
 * A member account with the organization it belongs to (which its ARN names) and, where the call
 * answers with it, its path: the organization, the root, the OUs from the root down to the account
 * and the account, each followed by {@code /} (null where the call has none).
 */
public record AccountDetails(Account account, Organization organization, String path) {

  /** An account whose path the call does not show. */
  public AccountDetails(Account account, Organization organization) {
    this(account, organization, null);
  }

  public String arn() {
    return Arns.account(organization, account.id());
  }
}
