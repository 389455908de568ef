"""The plugin's own tests: CI runs them against the jar just built and against each backend."""

import json
import os
import subprocess

import pytest
from botocore.config import Config
from botocore.exceptions import ClientError

MGMT = "111111111111"
MEMBER = "222222222222"


def invite(client, account):
    return client.invite_account_to_organization(Target={"Type": "ACCOUNT", "Id": account})[
        "Handshake"
    ]["Id"]


def test_an_invitation_expires_after_15_days(orgd):
    mgmt = orgd.client(MGMT)
    mgmt.create_organization(FeatureSet="ALL")
    handshake = invite(mgmt, MEMBER)

    orgd.advance("P15DT1S")

    described = orgd.client(MEMBER).describe_handshake(HandshakeId=handshake)
    assert described["Handshake"]["State"] == "EXPIRED"


def test_each_test_starts_from_nothing(orgd):
    # Runs after the test above made an organization and moved the clock.
    with pytest.raises(ClientError) as e:
        orgd.client(MGMT).describe_organization()
    assert e.value.response["Error"]["Code"] == "AWSOrganizationsNotInUseException"
    assert orgd.requests()[0]["operation"] == "DescribeOrganization"
    assert len(orgd.requests()) == 1


def test_boto3_standard_retries_recover_from_two_throttles(orgd):
    orgd.client(MGMT).create_organization()
    orgd.throttle("DescribeOrganization", times=2, account=MGMT)
    # standard mode: 3 attempts in all, so two throttles and then the answer
    client = orgd.client(MGMT, config=Config(retries={"mode": "standard"}))

    organization = client.describe_organization()["Organization"]

    assert organization["MasterAccountId"] == MGMT
    calls = orgd.requests(operation="DescribeOrganization")
    assert [c.get("errorCode") for c in calls] == [
        None,
        "TooManyRequestsException",
        "TooManyRequestsException",
    ]
    assert [f["fired"] for f in orgd.faults()] == [2]


def test_boto3_without_retries_sees_the_throttle(orgd):
    orgd.throttle("ListRoots", times=1)
    no_retry = Config(retries={"mode": "standard", "total_max_attempts": 1})
    client = orgd.client(MGMT, config=no_retry)
    with pytest.raises(ClientError) as e:
        client.list_roots()
    assert e.value.response["Error"]["Code"] == "TooManyRequestsException"
    assert e.value.response["ResponseMetadata"]["HTTPStatusCode"] == 400


def make_five_invitations(orgd):
    mgmt = orgd.client(MGMT)
    mgmt.create_organization()
    ids = [invite(mgmt, "20000000000{}".format(i)) for i in range(1, 6)]
    return mgmt, list(reversed(ids))  # newest first, as orgd lists them


def test_the_boto3_paginator_walks_through_injected_empty_pages(orgd):
    mgmt, newest_first = make_five_invitations(orgd)
    orgd.fault("ListHandshakesForOrganization", empty_pages=3)

    paginator = mgmt.get_paginator("list_handshakes_for_organization")
    pages = list(paginator.paginate(PaginationConfig={"PageSize": 2}))

    assert [len(p["Handshakes"]) for p in pages] == [0, 0, 0, 2, 2, 1]
    assert [h["Id"] for p in pages for h in p["Handshakes"]] == newest_first
    assert orgd.faults()[0]["fired"] == 3


def test_an_empty_page_in_the_middle_neither_skips_nor_repeats(orgd):
    mgmt, newest_first = make_five_invitations(orgd)
    first = mgmt.list_handshakes_for_organization(MaxResults=2)
    orgd.fault("ListHandshakesForOrganization", empty_pages=2)

    seen = [h["Id"] for h in first["Handshakes"]]
    token = first["NextToken"]
    while token:
        page = mgmt.list_handshakes_for_organization(MaxResults=2, NextToken=token)
        seen += [h["Id"] for h in page["Handshakes"]]
        token = page.get("NextToken")
    assert seen == newest_first


def test_the_aws_cli_paginator_walks_through_injected_empty_pages(orgd):
    _, newest_first = make_five_invitations(orgd)
    orgd.fault("ListHandshakesForOrganization", empty_pages=3)
    env = dict(
        os.environ,
        AWS_ACCESS_KEY_ID=MGMT,
        AWS_SECRET_ACCESS_KEY="orgd-pytest",
        AWS_DEFAULT_REGION="us-east-1",
    )
    out = subprocess.run(
        [
            "aws",
            "organizations",
            "list-handshakes-for-organization",
            "--endpoint-url",
            orgd.endpoint_url,
            "--page-size",
            "2",
            "--output",
            "json",
        ],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert [h["Id"] for h in json.loads(out)["Handshakes"]] == newest_first
    assert len(orgd.requests(operation="ListHandshakesForOrganization")) == 6


def test_an_injected_error_changes_nothing(orgd):
    no_retry = Config(retries={"mode": "standard", "total_max_attempts": 1})
    mgmt = orgd.client(MGMT, config=no_retry)
    mgmt.create_organization()
    orgd.fault("CreateOrganizationalUnit", error="ConcurrentModificationException", times=1)
    root = mgmt.list_roots()["Roots"][0]["Id"]

    with pytest.raises(ClientError) as e:
        mgmt.create_organizational_unit(ParentId=root, Name="Prod")
    assert e.value.response["Error"]["Code"] == "ConcurrentModificationException"
    assert mgmt.list_organizational_units_for_parent(ParentId=root)["OrganizationalUnits"] == []
    assert orgd.requests(outcome="ConcurrentModificationException")[0]["account"] == MGMT


def test_a_snapshot_restores_the_state(orgd):
    mgmt = orgd.client(MGMT)
    mgmt.create_organization()
    handshake = invite(mgmt, MEMBER)
    snapshot = orgd.state()
    assert snapshot["format"] == "orgd-state" and snapshot["version"] == 2

    orgd.reset()
    orgd.load_state(snapshot)

    assert orgd.client(MEMBER).describe_handshake(HandshakeId=handshake)["Handshake"]["State"] == (
        "OPEN"
    )


def test_metrics_count_the_calls(orgd):
    orgd.client(MGMT).create_organization()
    text = orgd.metrics()
    assert 'orgd_calls_total{operation="CreateOrganization",outcome="ok"}' in text
    assert "orgd_call_duration_seconds_bucket" in text
