"""orgd's errors as boto3 sees them: botocore ClientError with Error.Code, Reason and HTTP status.

Each case is one call that must fail. For each, the summary records the error code, the Reason
(None when the body has none), the HTTP status, the retry count and whether the client's modeled
exception class (client.exceptions.<Code>) caught it. A case that does not fail is recorded as
{"code": "NO_ERROR"}.
"""

from botocore.exceptions import ClientError

from orgd_it import ALICE, BOB, MGMT, client, create_organization, emit, invite_account

UNKNOWN_HANDSHAKE = "h-" + "0" * 32


def outcome(org_client, call):
    """`org_client` must be the client that makes the call: each client has its own classes."""
    try:
        call()
    except ClientError as e:
        code = e.response["Error"]["Code"]
        modeled = getattr(org_client.exceptions, code, None)
        return {
            "code": code,
            "reason": e.response.get("Reason"),
            "message": e.response["Error"].get("Message"),
            "status": e.response["ResponseMetadata"]["HTTPStatusCode"],
            "retries": e.response["ResponseMetadata"]["RetryAttempts"],
            "request_id": bool(e.response["ResponseMetadata"].get("RequestId")),
            "modeled_class": modeled is not None and isinstance(e, modeled),
        }
    return {"code": "NO_ERROR"}


def main():
    mgmt = client(MGMT)
    alice = client(ALICE)
    bob = client(BOB)
    stranger = client("999999999999")
    dave = client("444444444444")
    create_organization(mgmt)
    member_invite = invite_account(mgmt, ALICE)
    alice.accept_handshake(HandshakeId=member_invite["Id"])
    open_invite = invite_account(mgmt, BOB)
    canceled = invite_account(mgmt, "444444444444")
    mgmt.cancel_handshake(HandshakeId=canceled["Id"])

    cases = {
        "describe_unknown": (
            mgmt,
            lambda: mgmt.describe_handshake(HandshakeId=UNKNOWN_HANDSHAKE),
        ),
        "describe_by_stranger": (
            stranger,
            lambda: stranger.describe_handshake(HandshakeId=open_invite["Id"]),
        ),
        "duplicate_invite": (mgmt, lambda: invite_account(mgmt, BOB)),
        "invite_member": (mgmt, lambda: invite_account(mgmt, ALICE)),
        "recipient_cancels": (
            bob,
            lambda: bob.cancel_handshake(HandshakeId=open_invite["Id"]),
        ),
        "cancel_twice": (
            mgmt,
            lambda: mgmt.cancel_handshake(HandshakeId=canceled["Id"]),
        ),
        "accept_canceled": (
            dave,
            lambda: dave.accept_handshake(HandshakeId=canceled["Id"]),
        ),
        "max_results_too_large": (
            mgmt,
            lambda: mgmt.list_handshakes_for_organization(MaxResults=50),
        ),
        "garbled_next_token": (
            mgmt,
            lambda: mgmt.list_handshakes_for_organization(NextToken="not-a-token"),
        ),
        "both_filters": (
            mgmt,
            lambda: mgmt.list_handshakes_for_organization(
                Filter={"ActionType": "INVITE", "ParentHandshakeId": UNKNOWN_HANDSHAKE}
            ),
        ),
        "bogus_action_type": (
            mgmt,
            lambda: mgmt.list_handshakes_for_organization(Filter={"ActionType": "BOGUS"}),
        ),
        "bad_handshake_id": (
            mgmt,
            lambda: mgmt.describe_handshake(HandshakeId="bad"),
        ),
        "organization_target": (
            mgmt,
            lambda: mgmt.invite_account_to_organization(
                Target={"Type": "ORGANIZATION", "Id": "o-abcdefghij"}
            ),
        ),
        "standalone_lists_organization": (
            stranger,
            lambda: stranger.list_handshakes_for_organization(),
        ),
        "member_lists_organization": (
            alice,
            lambda: alice.list_handshakes_for_organization(),
        ),
    }
    emit({name: outcome(c, call) for name, (c, call) in cases.items()})


if __name__ == "__main__":
    main()
