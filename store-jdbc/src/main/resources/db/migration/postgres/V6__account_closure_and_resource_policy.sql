-- CloseAccount: when an account's closure was requested (NULL: never closed); its status and its
-- leaving the organization 90 days after the closure completed are computed from it. The index
-- serves the rolling 30-day closure quota and finding the closed members due to leave.
ALTER TABLE accounts ADD COLUMN closure_requested_at BIGINT;
CREATE INDEX accounts_by_closure ON accounts (organization_id, closure_requested_at)
  WHERE closure_requested_at IS NOT NULL;

-- The AWS GovCloud (US) account paired with an account (CreateGovCloudAccount, or the control
-- plane for a management account), and the one a CreateGovCloudAccount request created.
ALTER TABLE accounts ADD COLUMN govcloud_account_id TEXT;
ALTER TABLE create_account_statuses ADD COLUMN govcloud_account_id TEXT;

-- An organization's resource-based delegation policy (at most one); its tags are in
-- resource_tags under its id.
CREATE TABLE resource_policies (
  organization_id TEXT COLLATE "C" NOT NULL PRIMARY KEY,
  id              TEXT COLLATE "C" NOT NULL,
  content         TEXT             NOT NULL
);
