-- Every list operation reads one page from the key of the previous page's last row; these indexes
-- yield the rows of the lists that had none in their order, so a page reads about as many rows as
-- it returns however many the organization has.

-- ListCreateAccountStatus: newest requested_at first, then by id. A filter of one state reads the
-- second index; the first serves every other listing (and replaces the index by id, which nothing
-- reads any more).
DROP INDEX create_account_statuses_by_organization;

CREATE INDEX create_account_statuses_newest_first
  ON create_account_statuses (organization_id, requested_at DESC, id);
CREATE INDEX create_account_statuses_by_state_newest_first
  ON create_account_statuses (organization_id, state, requested_at DESC, id);

-- ListDelegatedAdministrators for one service principal, by account (the primary key serves the
-- listing without a filter and ListDelegatedServicesForAccount).
CREATE INDEX delegated_administrators_by_service
  ON delegated_administrators (organization_id, service_principal, account_id);
