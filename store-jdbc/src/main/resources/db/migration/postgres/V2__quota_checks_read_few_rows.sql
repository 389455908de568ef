-- Every invitation, account creation and acceptance checks its organization's quotas: how many
-- accounts it has, how many invitations are open, and how many were sent in the last day and not
-- accepted. Counting those rows one by one grew with every account and invitation the
-- organization ever had; these read only the few that count.

-- How many accounts each organization has (what COUNT(*) over accounts would say), kept by the
-- store as accounts join and leave.
CREATE TABLE member_counts (
  organization_id TEXT COLLATE "C" NOT NULL PRIMARY KEY,
  members         INTEGER          NOT NULL
);

INSERT INTO member_counts (organization_id, members)
  SELECT organization_id, COUNT(*) FROM accounts
  WHERE organization_id IS NOT NULL GROUP BY organization_id;

-- Open invitations, and those not accepted. The queries spell the states as the same literals,
-- which is what lets PostgreSQL use these partial indexes.
CREATE INDEX handshakes_open
  ON handshakes (organization_id, action, expires_at) WHERE state IN ('REQUESTED', 'OPEN');
CREATE INDEX handshakes_not_accepted
  ON handshakes (organization_id, action, requested_at) WHERE state <> 'ACCEPTED';
