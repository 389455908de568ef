-- Organizational units, the OU each member account sits in (NULL: directly under the root), and
-- the tags of roots (accounts and OUs keep theirs in their rows).
-- Every listing by parent reads one of these indexes from the key of the previous page's last row.

ALTER TABLE accounts ADD COLUMN organizational_unit_id TEXT;

CREATE INDEX accounts_by_parent ON accounts (organization_id, organizational_unit_id, id);

-- parent_id NULL: directly under the organization's root.
CREATE TABLE organizational_units (
  id              TEXT    NOT NULL PRIMARY KEY,
  organization_id TEXT    NOT NULL,
  parent_id       TEXT,
  name            TEXT    NOT NULL,
  tags            TEXT    NOT NULL
) STRICT;

CREATE INDEX organizational_units_by_parent
  ON organizational_units (organization_id, parent_id, id);
CREATE INDEX organizational_units_by_name
  ON organizational_units (organization_id, parent_id, name);

CREATE TABLE resource_tags (
  organization_id TEXT    NOT NULL,
  resource_id     TEXT    NOT NULL,
  tags            TEXT    NOT NULL,
  PRIMARY KEY (organization_id, resource_id)
) STRICT;
