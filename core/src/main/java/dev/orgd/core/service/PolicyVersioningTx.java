package dev.orgd.core.service;

import dev.orgd.core.model.EnabledPolicyType;
import dev.orgd.core.model.OrganizationId;
import dev.orgd.core.model.Policy;
import dev.orgd.core.model.PolicyAttachment;
import dev.orgd.core.model.PolicyId;
import dev.orgd.core.policy.PolicyType;
import dev.orgd.core.store.AccountRepository;
import dev.orgd.core.store.CreateAccountRequestRepository;
import dev.orgd.core.store.DelegatedAdministratorRepository;
import dev.orgd.core.store.EnabledPolicyTypeRepository;
import dev.orgd.core.store.EnabledServiceRepository;
import dev.orgd.core.store.HandshakeRepository;
import dev.orgd.core.store.OrderKey;
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
import java.util.Optional;

/**
 * A write unit of work in which every change to an organization's policies, attachments or enabled
 * policy types also bumps its {@linkplain OrganizationRepository#policyVersion policy version}, in
 * the same transaction: what lets {@link ScpEnforcement} keep compiled SCP chains and still never
 * decide on stale ones, on any node of a shared database. Doing it here rather than in each
 * operation means no write path can forget it. Deleting all of an organization's rows (the
 * organization goes away) bumps nothing.
 */
final class PolicyVersioningTx implements StoreTx {
  private final StoreTx tx;
  private final PolicyRepository policies;
  private final PolicyAttachmentRepository attachments;
  private final EnabledPolicyTypeRepository enabledTypes;

  PolicyVersioningTx(StoreTx tx) {
    this.tx = tx;
    this.policies = new Policies(tx.policies());
    this.attachments = new Attachments(tx.policyAttachments());
    this.enabledTypes = new EnabledTypes(tx.enabledPolicyTypes());
  }

  private void bump(OrganizationId org) {
    tx.organizations().bumpPolicyVersion(org);
  }

  @Override
  public SettingsRepository settings() {
    return tx.settings();
  }

  @Override
  public AccountRepository accounts() {
    return tx.accounts();
  }

  @Override
  public OrganizationRepository organizations() {
    return tx.organizations();
  }

  @Override
  public HandshakeRepository handshakes() {
    return tx.handshakes();
  }

  @Override
  public CreateAccountRequestRepository createAccountRequests() {
    return tx.createAccountRequests();
  }

  @Override
  public DelegatedAdministratorRepository delegatedAdministrators() {
    return tx.delegatedAdministrators();
  }

  @Override
  public EnabledServiceRepository enabledServices() {
    return tx.enabledServices();
  }

  @Override
  public OrganizationalUnitRepository organizationalUnits() {
    return tx.organizationalUnits();
  }

  @Override
  public ResourceTagRepository resourceTags() {
    return tx.resourceTags();
  }

  @Override
  public ResponsibilityTransferRepository responsibilityTransfers() {
    return tx.responsibilityTransfers();
  }

  @Override
  public ResourcePolicyRepository resourcePolicies() {
    return tx.resourcePolicies();
  }

  @Override
  public PolicyRepository policies() {
    return policies;
  }

  @Override
  public PolicyAttachmentRepository policyAttachments() {
    return attachments;
  }

  @Override
  public EnabledPolicyTypeRepository enabledPolicyTypes() {
    return enabledTypes;
  }

  @Override
  public void deleteAll() {
    tx.deleteAll();
  }

  private final class Policies implements PolicyRepository {
    private final PolicyRepository r;

    Policies(PolicyRepository r) {
      this.r = r;
    }

    @Override
    public Optional<Policy> find(OrganizationId org, PolicyId id) {
      return r.find(org, id);
    }

    @Override
    public Optional<Policy> findByName(OrganizationId org, PolicyType type, String name) {
      return r.findByName(org, type, name);
    }

    @Override
    public List<Policy> list(OrganizationId org, PolicyType type, OrderKey after, int limit) {
      return r.list(org, type, after, limit);
    }

    @Override
    public int count(OrganizationId org, PolicyType type) {
      return r.count(org, type);
    }

    @Override
    public void save(Policy policy) {
      r.save(policy);
      bump(policy.organizationId());
    }

    @Override
    public void delete(OrganizationId org, PolicyId id) {
      r.delete(org, id);
      bump(org);
    }

    @Override
    public void deleteAll(OrganizationId org) {
      r.deleteAll(org);
    }
  }

  private final class Attachments implements PolicyAttachmentRepository {
    private final PolicyAttachmentRepository r;

    Attachments(PolicyAttachmentRepository r) {
      this.r = r;
    }

    @Override
    public boolean exists(OrganizationId org, PolicyId policy, String targetId) {
      return r.exists(org, policy, targetId);
    }

    @Override
    public boolean isAttached(OrganizationId org, PolicyId policy) {
      return r.isAttached(org, policy);
    }

    @Override
    public List<PolicyAttachment> ofTarget(
        OrganizationId org, String targetId, PolicyType type, OrderKey after, int limit) {
      return r.ofTarget(org, targetId, type, after, limit);
    }

    @Override
    public int countOfTarget(OrganizationId org, String targetId, PolicyType type) {
      return r.countOfTarget(org, targetId, type);
    }

    @Override
    public List<PolicyAttachment> ofPolicy(
        OrganizationId org, PolicyId policy, OrderKey after, int limit) {
      return r.ofPolicy(org, policy, after, limit);
    }

    @Override
    public void save(PolicyAttachment attachment) {
      r.save(attachment);
      bump(attachment.organizationId());
    }

    @Override
    public void delete(OrganizationId org, PolicyId policy, String targetId) {
      r.delete(org, policy, targetId);
      bump(org);
    }

    @Override
    public void deleteOfTarget(OrganizationId org, String targetId) {
      r.deleteOfTarget(org, targetId);
      bump(org);
    }

    @Override
    public void deleteOfType(OrganizationId org, PolicyType type) {
      r.deleteOfType(org, type);
      bump(org);
    }

    @Override
    public void deleteAll(OrganizationId org) {
      r.deleteAll(org);
    }
  }

  private final class EnabledTypes implements EnabledPolicyTypeRepository {
    private final EnabledPolicyTypeRepository r;

    EnabledTypes(EnabledPolicyTypeRepository r) {
      this.r = r;
    }

    @Override
    public List<EnabledPolicyType> list(OrganizationId org) {
      return r.list(org);
    }

    @Override
    public void save(EnabledPolicyType type) {
      r.save(type);
      bump(type.organizationId());
    }

    @Override
    public void delete(OrganizationId org, PolicyType type) {
      r.delete(org, type);
      bump(org);
    }

    @Override
    public void deleteAll(OrganizationId org) {
      r.deleteAll(org);
    }
  }
}
