-- orgd's tables on SQLite. Instants are epoch milliseconds; parties, resources and tags are JSON
-- arrays. Every list the store serves has an index that yields it in its order.

CREATE TABLE settings (
  name  TEXT NOT NULL PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

-- SQLite has no sequences: the handshake sequence is a counter row, bumped inside write units.
CREATE TABLE counters (
  name  TEXT    NOT NULL PRIMARY KEY,
  value INTEGER NOT NULL
) STRICT;

INSERT INTO counters (name, value) VALUES ('handshake_sequence', 0);

CREATE TABLE accounts (
  id               TEXT    NOT NULL PRIMARY KEY,
  email            TEXT    NOT NULL,
  email_normalized TEXT    NOT NULL,
  name             TEXT    NOT NULL,
  organization_id  TEXT,
  joined_method    TEXT,
  joined_at        INTEGER,
  status           TEXT    NOT NULL,
  tags             TEXT    NOT NULL
) STRICT;

CREATE INDEX accounts_by_email ON accounts (email_normalized);
CREATE INDEX accounts_by_organization ON accounts (organization_id, id);

CREATE TABLE organizations (
  id                    TEXT    NOT NULL PRIMARY KEY,
  management_account_id TEXT    NOT NULL,
  feature_set           TEXT    NOT NULL,
  root_id               TEXT    NOT NULL,
  max_accounts          INTEGER NOT NULL,
  created_at            INTEGER NOT NULL
) STRICT;

CREATE TABLE handshakes (
  id                    TEXT    NOT NULL PRIMARY KEY,
  organization_id       TEXT    NOT NULL,
  management_account_id TEXT    NOT NULL,
  action                TEXT    NOT NULL,
  state                 TEXT    NOT NULL,
  requested_at          INTEGER NOT NULL,
  expires_at            INTEGER NOT NULL,
  state_changed_at      INTEGER NOT NULL,
  retained_until        INTEGER NOT NULL,
  parent_id             TEXT,
  recipient_account     TEXT,
  recipient_email       TEXT,
  parties               TEXT    NOT NULL,
  resources             TEXT    NOT NULL,
  tags                  TEXT    NOT NULL,
  seq                   INTEGER NOT NULL
) STRICT;

-- Listings walk one of these backwards from a (requested_at, seq) key: newest first.
CREATE INDEX handshakes_by_time ON handshakes (requested_at, seq);
CREATE INDEX handshakes_by_organization ON handshakes (organization_id, requested_at, seq);
CREATE INDEX handshakes_by_organization_action
  ON handshakes (organization_id, action, requested_at, seq);
CREATE INDEX handshakes_by_parent ON handshakes (parent_id, requested_at, seq);
CREATE INDEX handshakes_by_recipient_account ON handshakes (recipient_account, requested_at, seq);
CREATE INDEX handshakes_by_recipient_email ON handshakes (recipient_email, requested_at, seq);
CREATE INDEX handshakes_by_retention ON handshakes (retained_until);

CREATE TABLE create_account_statuses (
  id              TEXT    NOT NULL PRIMARY KEY,
  organization_id TEXT    NOT NULL,
  account_name    TEXT    NOT NULL,
  state           TEXT    NOT NULL,
  requested_at    INTEGER NOT NULL,
  completed_at    INTEGER,
  account_id      TEXT,
  failure_reason  TEXT
) STRICT;

CREATE INDEX create_account_statuses_by_organization
  ON create_account_statuses (organization_id, id);

CREATE TABLE delegated_administrators (
  organization_id   TEXT    NOT NULL,
  account_id        TEXT    NOT NULL,
  service_principal TEXT    NOT NULL,
  enabled_at        INTEGER NOT NULL,
  PRIMARY KEY (organization_id, account_id, service_principal)
) STRICT;
