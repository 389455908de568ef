package dev.orgd.core.service;

import dev.orgd.core.model.Organization;

/** An organization with its management account's email, as DescribeOrganization shows it. */
public record OrganizationDetails(Organization organization, String managementEmail) {}
