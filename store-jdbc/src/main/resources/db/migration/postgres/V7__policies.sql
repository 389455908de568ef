-- Policies (customer managed; AWS managed ones are never stored), which roots, OUs and accounts
-- they are attached to, and the policy types enabled on each organization's root.
-- Policies list by type in creation order (created_at, id); attachments list by target and by
-- policy in attachment order (attached_at, then the other id).

CREATE TABLE policies (
  organization_id TEXT COLLATE "C" NOT NULL,
  id              TEXT COLLATE "C" NOT NULL,
  policy_type     TEXT COLLATE "C" NOT NULL,
  name            TEXT COLLATE "C" NOT NULL,
  description     TEXT             NOT NULL,
  content         TEXT             NOT NULL,
  created_at      BIGINT           NOT NULL,
  updated_at      BIGINT           NOT NULL,
  PRIMARY KEY (organization_id, id)
);

CREATE UNIQUE INDEX policies_by_name ON policies (organization_id, policy_type, name);
CREATE INDEX policies_by_creation ON policies (organization_id, policy_type, created_at, id);

CREATE TABLE policy_attachments (
  organization_id TEXT COLLATE "C" NOT NULL,
  policy_id       TEXT COLLATE "C" NOT NULL,
  target_id       TEXT COLLATE "C" NOT NULL,
  target_type     TEXT COLLATE "C" NOT NULL,
  policy_type     TEXT COLLATE "C" NOT NULL,
  attached_at     BIGINT           NOT NULL,
  PRIMARY KEY (organization_id, target_id, policy_id)
);

CREATE INDEX policy_attachments_by_target
  ON policy_attachments (organization_id, target_id, policy_type, attached_at, policy_id);
CREATE INDEX policy_attachments_by_policy
  ON policy_attachments (organization_id, policy_id, attached_at, target_id);

CREATE TABLE enabled_policy_types (
  organization_id TEXT COLLATE "C" NOT NULL,
  policy_type     TEXT COLLATE "C" NOT NULL,
  enabled_at      BIGINT           NOT NULL,
  PRIMARY KEY (organization_id, policy_type)
);
