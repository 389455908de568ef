"""Shared helpers for the boto3 scenarios that the it module's Boto3IT runs.

Each scenario is a script that talks to the orgd server named by ORGD_ENDPOINT with real boto3
clients (one per account: the access key id is the 12-digit account id), and prints one JSON
summary as its last line of output. Boto3IT asserts on that summary and on the exit code.
"""

import json
import os
import sys
import urllib.request

import boto3

ENDPOINT = os.environ["ORGD_ENDPOINT"]
SECRET = "orgd-it-secret"

MGMT = "111111111111"
ALICE = "222222222222"
BOB = "333333333333"


def client(account):
    """A boto3 Organizations client acting as `account`, with boto3's default retry settings."""
    return boto3.session.Session().client(
        "organizations",
        endpoint_url=ENDPOINT,
        region_name="us-east-1",
        aws_access_key_id=account,
        aws_secret_access_key=SECRET,
    )


def control(path, body=None):
    """Calls orgd's control plane (POST with a JSON body, or GET without one)."""
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(
        ENDPOINT + path,
        data=data,
        method="GET" if body is None else "POST",
        headers={"Content-Type": "application/json"},
    )
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.loads(response.read() or b"{}")


def freeze_clock(iso_instant):
    return control("/_orgd/clock", {"set": iso_instant, "freeze": True})


def advance_clock(iso_duration):
    return control("/_orgd/clock", {"advance": iso_duration})


def register_account(account_id, email, name):
    return control("/_orgd/accounts", {"AccountId": account_id, "Email": email, "Name": name})


def create_organization(org_client, feature_set="ALL"):
    return org_client.create_organization(FeatureSet=feature_set)["Organization"]


def invite_account(org_client, account_id, **extra):
    response = org_client.invite_account_to_organization(
        Target={"Type": "ACCOUNT", "Id": account_id}, **extra
    )
    return response["Handshake"]


def invite_email(org_client, email, **extra):
    response = org_client.invite_account_to_organization(
        Target={"Type": "EMAIL", "Id": email}, **extra
    )
    return response["Handshake"]


def emit(summary):
    """Prints the summary that Boto3IT parses: one JSON object on the last line."""
    sys.stdout.write(json.dumps(summary, sort_keys=True, default=str) + "\n")
    sys.stdout.flush()
