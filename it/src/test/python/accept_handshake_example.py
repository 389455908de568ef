"""Reproduces botocore's own AcceptHandshake example (examples-1.json) end to end.

The example: Bill (management account 111111111111, bill@amazon.com, "Org Master Account") invites
Juan (juan@example.com, account 222222222222) to an organization with all features; Juan's account
accepts. This script sets up exactly that, calls boto3's accept_handshake as Juan, and compares the
response with the example after putting orgd's generated ids in place of the example's
placeholders.

One documented difference (CONTRACT section 4): the example's second resource is
{"Type": "ACCOUNT", "Value": "222222222222"} although its target party is the EMAIL. orgd's
resource mirrors the target as the inviter gave it, so for an invitation by email it is
{"Type": "EMAIL", "Value": "juan@example.com"}. The comparison applies that one substitution to
the example and reports it.
"""

import datetime
import json

import botocore.session

from orgd_it import MGMT, client, create_organization, emit, invite_email, register_account

JUAN = "222222222222"


def example():
    loader = botocore.session.get_session().get_component("data_loader")
    examples = loader.load_service_model("organizations", "examples-1")
    return examples["examples"]["AcceptHandshake"][0]


def substitute(value, replacements):
    text = json.dumps(value)
    for old, new in replacements.items():
        text = text.replace(old, new)
    return json.loads(text)


def differences(expected, actual, path="$"):
    """Where two JSON-like values differ; timestamps only need to be timestamps on both sides."""
    if path.endswith("Timestamp"):
        ok = isinstance(actual, datetime.datetime)
        return [] if ok else [f"{path}: expected a timestamp, got {actual!r}"]
    if isinstance(expected, dict) and isinstance(actual, dict):
        diffs = []
        for key in sorted(set(expected) | set(actual)):
            if key not in actual:
                diffs.append(f"{path}.{key}: missing")
            elif key not in expected:
                diffs.append(f"{path}.{key}: unexpected {actual[key]!r}")
            else:
                diffs.extend(differences(expected[key], actual[key], f"{path}.{key}"))
        return diffs
    if isinstance(expected, list) and isinstance(actual, list):
        if len(expected) != len(actual):
            return [f"{path}: expected {len(expected)} items, got {len(actual)}: {actual!r}"]
        diffs = []
        for i, (e, a) in enumerate(zip(expected, actual)):
            diffs.extend(differences(e, a, f"{path}[{i}]"))
        return diffs
    return [] if expected == actual else [f"{path}: expected {expected!r}, got {actual!r}"]


def main():
    register_account(MGMT, "bill@amazon.com", "Org Master Account")
    register_account(JUAN, "juan@example.com", "Juan")
    bill = client(MGMT)
    org = create_organization(bill, "ALL")
    invitation = invite_email(bill, "juan@example.com")

    response = client(JUAN).accept_handshake(HandshakeId=invitation["Id"])

    sample = example()
    expected_handshake = substitute(
        sample["output"]["Handshake"],
        {"o-exampleorgid": org["Id"], "h-examplehandshakeid111": invitation["Id"]},
    )
    documented = {"Type": "EMAIL", "Value": "juan@example.com"}
    replaced = expected_handshake["Resources"][1]
    expected_handshake["Resources"][1] = documented
    # Party order is not significant (the service's own examples vary); compare them sorted.
    for side in (expected_handshake,):
        side["Parties"].sort(key=lambda p: p["Type"])
    actual_handshake = dict(response["Handshake"])
    actual_handshake["Parties"] = sorted(actual_handshake["Parties"], key=lambda p: p["Type"])

    handshake = response["Handshake"]
    lifetime = handshake["ExpirationTimestamp"] - handshake["RequestedTimestamp"]
    emit(
        {
            "example_id": sample["id"],
            "example_input": sample["input"],
            "top_level_keys": sorted(response),
            "request_id": response["ResponseMetadata"].get("RequestId", ""),
            "http_status": response["ResponseMetadata"]["HTTPStatusCode"],
            "retry_attempts": response["ResponseMetadata"]["RetryAttempts"],
            "differences": differences(expected_handshake, actual_handshake),
            "substituted_example_resource": {"from": replaced, "to": documented},
            "handshake_keys": sorted(handshake),
            "state": handshake["State"],
            "lifetime_seconds": lifetime.total_seconds(),
            "account_joined": client(MGMT).describe_account(AccountId=JUAN)["Account"][
                "JoinedMethod"
            ],
        }
    )


if __name__ == "__main__":
    main()
