-- The organization's policy version: bumped by every write to its attachments, policies or
-- enabled policy types, so that every node keeps its compiled SCP chains only while it stays the
-- same (--enforce-scps). The first save of an organization sets a random start; 0 means "not yet".
ALTER TABLE organizations ADD COLUMN policy_version BIGINT NOT NULL DEFAULT 0;
