package dev.orgd.core.service;

import dev.orgd.core.model.Arns;
import dev.orgd.core.model.Organization;
import dev.orgd.core.model.Policy;
import dev.orgd.core.policy.ManagedPolicy;
import dev.orgd.core.policy.PolicyType;

/**
 * A policy as the API shows it: a customer policy of an organization, or an AWS managed one ({@code
 * createdAt} null).
 */
public record PolicyDetails(
    String id,
    String arn,
    String name,
    String description,
    PolicyType type,
    boolean awsManaged,
    String content,
    java.time.Instant createdAt) {

  static PolicyDetails of(Organization org, Policy p) {
    return new PolicyDetails(
        p.id().value(),
        Arns.policy(org, p.type(), p.id()),
        p.name(),
        p.description(),
        p.type(),
        false,
        p.content(),
        p.createdAt());
  }

  static PolicyDetails of(ManagedPolicy p) {
    return new PolicyDetails(
        p.id(), p.arn(), p.name(), p.description(), p.type(), true, p.content(), null);
  }
}
