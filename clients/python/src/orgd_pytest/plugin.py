"""The pytest plugin: an orgd server per test run, the ``orgd`` fixture reset before each test.

Where the server comes from, in this order:

1. ``ORGD_ENDPOINT_URL`` (or ``--orgd-endpoint``): an orgd that already runs; the plugin only
   resets it. ``ORGD_ADMIN_TOKEN`` is sent to its control plane when set (``--auth sigv4``).
2. ``ORGD_JAR`` (or ``--orgd-jar``): that jar, started with ``java -jar`` on a free port, in memory.
3. ``dist/target/orgd.jar`` in the working directory or a directory above it (an orgd checkout).
"""

import os
import pathlib

import pytest

from orgd_pytest.server import Orgd, OrgdServer


def pytest_addoption(parser):
    group = parser.getgroup("orgd")
    group.addoption("--orgd-endpoint", help="use the orgd at this URL (ORGD_ENDPOINT_URL)")
    group.addoption("--orgd-jar", help="start orgd from this jar (ORGD_JAR)")


def _find_jar(config):
    named = config.getoption("--orgd-jar") or os.environ.get("ORGD_JAR")
    if named:
        return pathlib.Path(named)
    for directory in [pathlib.Path.cwd(), *pathlib.Path.cwd().parents]:
        candidate = directory / "dist" / "target" / "orgd.jar"
        if candidate.is_file():
            return candidate
    return None


@pytest.fixture(scope="session")
def orgd_server(request):
    """The orgd of this test run (an :class:`OrgdServer`), stopped at the end if it was started."""
    endpoint = request.config.getoption("--orgd-endpoint") or os.environ.get("ORGD_ENDPOINT_URL")
    if endpoint:
        yield OrgdServer(endpoint)
        return
    jar = _find_jar(request.config)
    if jar is None or not jar.is_file():
        pytest.fail(
            "orgd-pytest needs a server: set ORGD_ENDPOINT_URL to a running orgd, or ORGD_JAR to"
            " orgd.jar (build it with `mvn -B -DskipTests package`: dist/target/orgd.jar)"
        )
    server = OrgdServer.start(jar, java=os.environ.get("ORGD_JAVA", "java"))
    yield server
    server.stop()


@pytest.fixture
def orgd(orgd_server):
    """An :class:`Orgd` handle on a server reset before the test: no organizations, real time, no
    fault rules, an empty journal."""
    handle = Orgd(orgd_server.endpoint_url, admin_token=os.environ.get("ORGD_ADMIN_TOKEN"))
    handle.reset()
    return handle
