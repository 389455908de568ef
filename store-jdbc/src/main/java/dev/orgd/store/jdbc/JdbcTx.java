package dev.orgd.store.jdbc;

import dev.orgd.core.store.AccountRepository;
import dev.orgd.core.store.CreateAccountRequestRepository;
import dev.orgd.core.store.DelegatedAdministratorRepository;
import dev.orgd.core.store.EnabledPolicyTypeRepository;
import dev.orgd.core.store.EnabledServiceRepository;
import dev.orgd.core.store.HandshakeRepository;
import dev.orgd.core.store.OrganizationRepository;
import dev.orgd.core.store.OrganizationalUnitRepository;
import dev.orgd.core.store.PolicyAttachmentRepository;
import dev.orgd.core.store.PolicyRepository;
import dev.orgd.core.store.ResourcePolicyRepository;
import dev.orgd.core.store.ResourceTagRepository;
import dev.orgd.core.store.ResponsibilityTransferRepository;
import dev.orgd.core.store.SettingsRepository;
import dev.orgd.core.store.StoreTx;
import java.util.List;

/** One unit of work on one JDBC connection inside one transaction: a repository per table. */
final class JdbcTx extends JdbcRepository implements StoreTx {
  private final Settings settings;
  private final AccountRows accounts;
  private final OrganizationRows organizations;
  private final HandshakeRows handshakes;
  private final CreateAccountRequestRows createAccountRequests;
  private final DelegatedAdministratorRows delegatedAdministrators;
  private final EnabledServiceRows enabledServices;
  private final OrganizationalUnitRows organizationalUnits;
  private final ResourceTagRows resourceTags;
  private final ResponsibilityTransferRows responsibilityTransfers;
  private final ResourcePolicyRows resourcePolicies;
  private final PolicyRows policies;
  private final PolicyAttachmentRows policyAttachments;
  private final EnabledPolicyTypeRows enabledPolicyTypes;

  JdbcTx(Sql sql, Dialect dialect, boolean writable, byte[] tokenKey) {
    super(sql, writable);
    this.settings = new Settings(sql, writable, tokenKey);
    this.accounts = new AccountRows(sql, writable);
    this.organizations = new OrganizationRows(sql, writable);
    this.handshakes = new HandshakeRows(sql, writable, dialect);
    this.createAccountRequests = new CreateAccountRequestRows(sql, writable);
    this.delegatedAdministrators = new DelegatedAdministratorRows(sql, writable);
    this.enabledServices = new EnabledServiceRows(sql, writable);
    this.organizationalUnits = new OrganizationalUnitRows(sql, writable);
    this.resourceTags = new ResourceTagRows(sql, writable);
    this.responsibilityTransfers = new ResponsibilityTransferRows(sql, writable);
    this.resourcePolicies = new ResourcePolicyRows(sql, writable);
    this.policies = new PolicyRows(sql, writable);
    this.policyAttachments = new PolicyAttachmentRows(sql, writable);
    this.enabledPolicyTypes = new EnabledPolicyTypeRows(sql, writable);
  }

  @Override
  public SettingsRepository settings() {
    return settings;
  }

  @Override
  public AccountRepository accounts() {
    return accounts;
  }

  @Override
  public OrganizationRepository organizations() {
    return organizations;
  }

  @Override
  public HandshakeRepository handshakes() {
    return handshakes;
  }

  @Override
  public CreateAccountRequestRepository createAccountRequests() {
    return createAccountRequests;
  }

  @Override
  public DelegatedAdministratorRepository delegatedAdministrators() {
    return delegatedAdministrators;
  }

  @Override
  public EnabledServiceRepository enabledServices() {
    return enabledServices;
  }

  @Override
  public OrganizationalUnitRepository organizationalUnits() {
    return organizationalUnits;
  }

  @Override
  public ResourceTagRepository resourceTags() {
    return resourceTags;
  }

  @Override
  public ResponsibilityTransferRepository responsibilityTransfers() {
    return responsibilityTransfers;
  }

  @Override
  public ResourcePolicyRepository resourcePolicies() {
    return resourcePolicies;
  }

  @Override
  public PolicyRepository policies() {
    return policies;
  }

  @Override
  public PolicyAttachmentRepository policyAttachments() {
    return policyAttachments;
  }

  @Override
  public EnabledPolicyTypeRepository enabledPolicyTypes() {
    return enabledPolicyTypes;
  }

  @Override
  public void deleteAll() {
    writable();
    for (String table :
        List.of(
            "accounts",
            "member_counts",
            "organizations",
            "handshakes",
            "create_account_statuses",
            "delegated_administrators",
            "enabled_services",
            "organizational_units",
            "resource_tags",
            "responsibility_transfers",
            "resource_policies",
            "policies",
            "policy_attachments",
            "enabled_policy_types")) {
      sql.update("DELETE FROM " + table);
    }
    settings.deleteAllButTokenKey();
  }
}
