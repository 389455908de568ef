"""An orgd server for a test run, and the handle tests use: clients, clock, faults, journal, state.

The server is the project's jar started as a child process (``java -jar orgd.jar --port 0
--storage memory``) or an orgd that already runs, named by ``ORGD_ENDPOINT_URL``. Everything goes
through orgd's control plane (``/_orgd/...``), so the plugin needs nothing but the standard
library and boto3.
"""

import json
import os
import re
import subprocess
import threading
import urllib.error
import urllib.parse
import urllib.request

LISTENING = re.compile(r"orgd listening on (http://\S+)")


class OrgdError(Exception):
    """The control plane refused a request; ``status`` is its HTTP status."""

    def __init__(self, status, message):
        super().__init__("orgd answered {}: {}".format(status, message))
        self.status = status


class OrgdServer:
    """A running orgd: either a child process started from the jar, or an existing endpoint."""

    def __init__(self, endpoint_url, process=None):
        self.endpoint_url = endpoint_url.rstrip("/")
        self.process = process

    @classmethod
    def start(cls, jar, java="java", extra_args=(), timeout=60):
        """Starts ``java -jar jar --port 0 --storage memory`` and waits for its listening line."""
        command = [java, "-jar", str(jar), "--port", "0", "--storage", "memory"]
        command += ["--request-log", "off", *extra_args]
        process = subprocess.Popen(
            command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, bufsize=1
        )
        found = {}

        def read():
            for line in process.stdout:
                match = LISTENING.search(line)
                if match and "url" not in found:
                    found["url"] = match.group(1).replace("0.0.0.0", "127.0.0.1")
                    ready.set()
                found.setdefault("output", []).append(line)
            ready.set()

        ready = threading.Event()
        threading.Thread(target=read, name="orgd-output", daemon=True).start()
        if not ready.wait(timeout) or "url" not in found:
            process.kill()
            raise RuntimeError(
                "orgd did not start from {}: {}".format(jar, "".join(found.get("output", [])))
            )
        return cls(found["url"], process)

    def stop(self):
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()


class Orgd:
    """What a test holds: ``endpoint_url``, clients per account, the clock, faults, the journal,
    state snapshots and metrics of one orgd server."""

    def __init__(self, endpoint_url, admin_token=None, region="us-east-1"):
        self.endpoint_url = endpoint_url.rstrip("/")
        self.admin_token = admin_token
        self.region = region

    # --- AWS clients -------------------------------------------------------------------------

    def client(self, account_id="111111111111", service="organizations", **kwargs):
        """A boto3 client acting as ``account_id`` (with ``--auth none``, the access key id names
        the account). Extra arguments go to ``boto3.client`` (for example ``config=``)."""
        import boto3

        kwargs.setdefault("region_name", self.region)
        kwargs.setdefault("aws_access_key_id", account_id)
        kwargs.setdefault("aws_secret_access_key", "orgd-pytest")
        return boto3.session.Session().client(service, endpoint_url=self.endpoint_url, **kwargs)

    # --- the control plane -------------------------------------------------------------------

    def control(self, method, path, body=None, raw=False):
        """Calls ``/_orgd/<path>``; returns its JSON answer (its text with ``raw``)."""
        data = None if body is None else json.dumps(body).encode()
        headers = {"Content-Type": "application/json"}
        if self.admin_token:
            headers["Authorization"] = "Bearer " + self.admin_token
        request = urllib.request.Request(
            self.endpoint_url + "/_orgd/" + path.lstrip("/"),
            data=data,
            method=method,
            headers=headers,
        )
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                text = response.read().decode()
        except urllib.error.HTTPError as e:
            detail = e.read().decode()
            try:
                detail = json.loads(detail).get("error", detail)
            except ValueError:
                pass
            raise OrgdError(e.code, detail) from None
        if raw:
            return text
        return json.loads(text) if text else {}

    def reset(self):
        """Forgets every organization, account and handshake, the fault rules and the journal; the
        clock goes back to real time."""
        self.control("POST", "reset")

    def health(self):
        return self.control("GET", "health")

    # clock

    def now(self):
        """orgd's clock, as epoch seconds."""
        return self.control("GET", "clock")["now"]

    def advance(self, duration):
        """Moves orgd's clock forward by an ISO-8601 duration (``"P15D"``, ``"PT1H"``)."""
        return self.control("POST", "clock", {"advance": duration})

    def set_clock(self, instant, freeze=None):
        """Sets orgd's clock to an ISO-8601 instant; ``freeze=True`` stops it there."""
        body = {"set": instant}
        if freeze is not None:
            body["freeze"] = freeze
        return self.control("POST", "clock", body)

    def register_account(self, account_id, email=None, name=None):
        body = {"AccountId": account_id}
        if email is not None:
            body["Email"] = email
        if name is not None:
            body["Name"] = name
        return self.control("POST", "accounts", body)

    def set_account_quota(self, organization_id, max_accounts):
        return self.control(
            "POST", "quotas", {"OrganizationId": organization_id, "MaxAccounts": max_accounts}
        )

    # faults

    def fault(self, operation="*", **rule):
        """Adds a fault rule; returns its id. ``rule`` takes the control plane's names:
        ``account``, ``error``, ``reason``, ``message``, ``delayMs``, ``emptyPages``, ``times``,
        ``probability``, ``seed`` (``delay_ms`` and ``empty_pages`` work too)."""
        body = {"operation": operation}
        for key, value in rule.items():
            body[_camel(key)] = value
        return self.control("POST", "faults", body)["id"]

    def throttle(self, operation, times=1, account=None):
        """The next ``times`` calls of ``operation`` (by ``account``) get TooManyRequestsException."""
        extra = {} if account is None else {"account": account}
        return self.fault(operation, error="TooManyRequestsException", times=times, **extra)

    def faults(self):
        """The fault rules, each with ``fired``: how often it fired."""
        return self.control("GET", "faults")["faults"]

    def clear_faults(self):
        self.control("DELETE", "faults")

    # journal

    def requests(self, operation=None, account=None, outcome=None):
        """The recent AWS calls, newest first; ``outcome`` is ``"ok"``, ``"error"`` or an error
        code."""
        query = {
            k: v
            for k, v in (("operation", operation), ("account", account), ("outcome", outcome))
            if v is not None
        }
        path = "requests" + ("?" + urllib.parse.urlencode(query) if query else "")
        return self.control("GET", path)["requests"]

    def clear_requests(self):
        self.control("DELETE", "requests")

    # state and metrics

    def state(self):
        """Everything orgd holds, as one versioned document (a dict)."""
        return self.control("GET", "state")

    def load_state(self, document):
        """Replaces everything orgd holds with a document from :meth:`state`."""
        return self.control("POST", "state", document)

    def metrics(self):
        """The Prometheus text of ``/_orgd/metrics``."""
        return self.control("GET", "metrics", raw=True)


def _camel(name):
    head, *rest = name.split("_")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)
