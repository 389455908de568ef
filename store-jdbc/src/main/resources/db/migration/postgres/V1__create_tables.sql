-- orgd's tables on PostgreSQL. Instants are epoch milliseconds; parties, resources and tags are JSON
-- arrays. Every list the store serves has an index that yields it in its order. Keys and compared
-- text use COLLATE "C" (byte order, as Java's String.compareTo and SQLite order them), whatever
-- collation the database has.

CREATE TABLE settings (
  name  TEXT COLLATE "C" NOT NULL PRIMARY KEY,
  value TEXT             NOT NULL
);

-- A sequence, not a counter row: concurrent units of work take numbers without conflicting.
CREATE SEQUENCE handshake_sequence;

CREATE TABLE accounts (
  id               TEXT COLLATE "C" NOT NULL PRIMARY KEY,
  email            TEXT             NOT NULL,
  email_normalized TEXT COLLATE "C" NOT NULL,
  name             TEXT             NOT NULL,
  organization_id  TEXT COLLATE "C",
  joined_method    TEXT,
  joined_at        BIGINT,
  status           TEXT             NOT NULL,
  tags             TEXT             NOT NULL
);

CREATE INDEX accounts_by_email ON accounts (email_normalized);
CREATE INDEX accounts_by_organization ON accounts (organization_id, id);

CREATE TABLE organizations (
  id                    TEXT COLLATE "C" NOT NULL PRIMARY KEY,
  management_account_id TEXT             NOT NULL,
  feature_set           TEXT             NOT NULL,
  root_id               TEXT             NOT NULL,
  max_accounts          INTEGER          NOT NULL,
  created_at            BIGINT           NOT NULL
);

CREATE TABLE handshakes (
  id                    TEXT COLLATE "C" NOT NULL PRIMARY KEY,
  organization_id       TEXT COLLATE "C" NOT NULL,
  management_account_id TEXT             NOT NULL,
  action                TEXT COLLATE "C" NOT NULL,
  state                 TEXT             NOT NULL,
  requested_at          BIGINT           NOT NULL,
  expires_at            BIGINT           NOT NULL,
  state_changed_at      BIGINT           NOT NULL,
  retained_until        BIGINT           NOT NULL,
  parent_id             TEXT COLLATE "C",
  recipient_account     TEXT COLLATE "C",
  recipient_email       TEXT COLLATE "C",
  parties               TEXT             NOT NULL,
  resources             TEXT             NOT NULL,
  tags                  TEXT             NOT NULL,
  seq                   BIGINT           NOT NULL
);

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
  id              TEXT COLLATE "C" NOT NULL PRIMARY KEY,
  organization_id TEXT COLLATE "C" NOT NULL,
  account_name    TEXT             NOT NULL,
  state           TEXT             NOT NULL,
  requested_at    BIGINT           NOT NULL,
  completed_at    BIGINT,
  account_id      TEXT,
  failure_reason  TEXT
);

CREATE INDEX create_account_statuses_by_organization
  ON create_account_statuses (organization_id, id);

CREATE TABLE delegated_administrators (
  organization_id   TEXT COLLATE "C" NOT NULL,
  account_id        TEXT COLLATE "C" NOT NULL,
  service_principal TEXT COLLATE "C" NOT NULL,
  enabled_at        BIGINT           NOT NULL,
  PRIMARY KEY (organization_id, account_id, service_principal)
);
