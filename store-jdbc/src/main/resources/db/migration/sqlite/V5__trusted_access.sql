-- The service principals an organization enabled for trusted access (EnableAWSServiceAccess),
-- listed by principal along the primary key.
CREATE TABLE enabled_services (
  organization_id   TEXT    NOT NULL,
  service_principal TEXT    NOT NULL,
  enabled_at        INTEGER NOT NULL,
  PRIMARY KEY (organization_id, service_principal)
) STRICT;
