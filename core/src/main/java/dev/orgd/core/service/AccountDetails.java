package dev.orgd.core.service;

import dev.orgd.core.model.Account;
import dev.orgd.core.model.Arns;
import dev.orgd.core.model.Organization;

/** A member account with the organization it belongs to (which its ARN names). */
public record AccountDetails(Account account, Organization organization) {
  public String arn() {
    return Arns.account(organization, account.id());
  }
}
