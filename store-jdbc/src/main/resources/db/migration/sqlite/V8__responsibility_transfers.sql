-- Responsibility (billing) transfers, each created with its TRANSFER_RESPONSIBILITY handshake.
-- The target organization sent the invitation and manages the source (the model's naming).
-- Listings walk one side's index backwards from a (requested_at, seq) key, newest first.
CREATE TABLE responsibility_transfers (
  id                        TEXT    NOT NULL PRIMARY KEY,
  transfer_type             TEXT    NOT NULL,
  name                      TEXT    NOT NULL,
  source_organization       TEXT    NOT NULL,
  source_management_account TEXT    NOT NULL,
  target_organization       TEXT    NOT NULL,
  target_management_account TEXT    NOT NULL,
  handshake_id              TEXT    NOT NULL UNIQUE,
  start_at                  INTEGER NOT NULL,
  end_at                    INTEGER,
  expires_at                INTEGER NOT NULL,
  status                    TEXT    NOT NULL,
  status_changed_at         INTEGER NOT NULL,
  requested_at              INTEGER NOT NULL,
  seq                       INTEGER NOT NULL,
  tags                      TEXT    NOT NULL
) STRICT;

CREATE INDEX responsibility_transfers_inbound
  ON responsibility_transfers (target_organization, requested_at, seq);
CREATE INDEX responsibility_transfers_outbound
  ON responsibility_transfers (source_organization, requested_at, seq);

-- The transfers that may still hold a place (quotas, DeleteOrganization), on either side.
CREATE INDEX responsibility_transfers_unended_inbound ON responsibility_transfers (target_organization)
  WHERE status IN ('REQUESTED', 'ACCEPTED', 'WITHDRAWN');
CREATE INDEX responsibility_transfers_unended_outbound ON responsibility_transfers (source_organization)
  WHERE status IN ('REQUESTED', 'ACCEPTED', 'WITHDRAWN');
