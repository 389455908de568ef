"""pytest fixtures for orgd, the local AWS Organizations API.

Installing the package registers the plugin; a test asks for the ``orgd`` fixture::

    def test_vending(orgd):
        mgmt = orgd.client("111111111111")
        mgmt.create_organization()
        orgd.advance("P15D")
"""

from orgd_pytest.server import Orgd, OrgdError, OrgdServer

__all__ = ["Orgd", "OrgdError", "OrgdServer"]
