-- The service principals an organization enabled for trusted access (EnableAWSServiceAccess),
-- listed by principal along the primary key.
CREATE TABLE enabled_services (
  organization_id   TEXT    NOT NULL,
  service_principal TEXT    NOT NULL,
  enabled_at        INTEGER NOT NULL,
  PRIMARY KEY (organization_id, service_principal)
) STRICT;

-- The partition of an organization's ARNs (the one its CreateOrganization request was signed
-- for), copied onto each of its handshakes, whose ARNs outlive the organization.
ALTER TABLE organizations ADD COLUMN arn_partition TEXT NOT NULL DEFAULT 'aws';
ALTER TABLE handshakes ADD COLUMN arn_partition TEXT NOT NULL DEFAULT 'aws';
