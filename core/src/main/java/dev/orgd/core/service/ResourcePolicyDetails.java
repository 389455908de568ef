package dev.orgd.core.service;

import dev.orgd.core.model.Arns;
import dev.orgd.core.model.Organization;
import dev.orgd.core.model.ResourcePolicy;

/** A resource policy with the organization whose ARN partition and management account it names. */
public record ResourcePolicyDetails(ResourcePolicy policy, Organization organization) {

  public String arn() {
    return Arns.resourcePolicy(organization, policy.id());
  }
}
