-- Organizational units, the OU each member account sits in (NULL: directly under the root), and
-- the tags of roots (accounts and OUs keep theirs in their rows).
-- Every listing by parent reads one of these indexes from the key of the previous page's last row.

ALTER TABLE accounts ADD COLUMN organizational_unit_id TEXT COLLATE "C";

CREATE INDEX accounts_by_parent ON accounts (organization_id, organizational_unit_id, id);

-- parent_id NULL: directly under the organization's root.
CREATE TABLE organizational_units (
  id              TEXT COLLATE "C" NOT NULL PRIMARY KEY,
  organization_id TEXT COLLATE "C" NOT NULL,
  parent_id       TEXT COLLATE "C",
  name            TEXT COLLATE "C" NOT NULL,
  tags            TEXT             NOT NULL
);

CREATE INDEX organizational_units_by_parent
  ON organizational_units (organization_id, parent_id, id);
CREATE INDEX organizational_units_by_name
  ON organizational_units (organization_id, parent_id, name);

CREATE TABLE resource_tags (
  organization_id TEXT COLLATE "C" NOT NULL,
  resource_id     TEXT COLLATE "C" NOT NULL,
  tags            TEXT             NOT NULL,
  PRIMARY KEY (organization_id, resource_id)
);
