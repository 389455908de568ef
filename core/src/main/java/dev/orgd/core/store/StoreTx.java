package dev.orgd.core.store;

/**
 * What a unit of work can read and write: one narrow repository per aggregate. Every {@code save}
 * is an upsert by the record's key. Reads see the unit's own earlier writes. Lists come back in a
 * defined order, read by key one page at a time ({@code after} a key, at most {@code limit} rows),
 * so that a page costs the same however much is stored. Instants are kept to the millisecond.
 *
 * <p>Stores keep data, not rules: deleting one aggregate never deletes another (the domain's
 * reactions do that). A new aggregate adds its repository here and a contract suite for it.
 */
public interface StoreTx {

  /** The clock setting and the page-token key. */
  SettingsRepository settings();

  AccountRepository accounts();

  OrganizationRepository organizations();

  HandshakeRepository handshakes();

  CreateAccountRequestRepository createAccountRequests();

  DelegatedAdministratorRepository delegatedAdministrators();

  /** The service principals enabled for trusted access. */
  EnabledServiceRepository enabledServices();

  OrganizationalUnitRepository organizationalUnits();

  /** The tags of resources that keep none of their own (the root, the resource policy). */
  ResourceTagRepository resourceTags();

  /** Responsibility (billing) transfers between organizations. */
  ResponsibilityTransferRepository responsibilityTransfers();

  /** The resource-based delegation policy of each organization. */
  ResourcePolicyRepository resourcePolicies();

  /** Customer policies (AWS managed ones are never stored). */
  PolicyRepository policies();

  /** Which policies are attached to which roots, OUs and accounts. */
  PolicyAttachmentRepository policyAttachments();

  /** The policy types enabled on each root. */
  EnabledPolicyTypeRepository enabledPolicyTypes();

  /** Forgets everything this store holds, the clock setting included (the token key stays). */
  void deleteAll();
}
