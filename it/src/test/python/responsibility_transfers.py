"""Responsibility (billing) transfers with boto3: one sent, listed, accepted, active and
terminated; one declined; one expired.

MGMT's organization invites BOB's (MGMT will pay BOB's bill); ALICE is a member of MGMT's
organization. The clock is frozen at 2026-12-02T00:00Z and transfers start 2027-01-01. Neither
list has a paginator in botocore's model, so NextToken is followed by hand.
"""

from datetime import datetime, timezone

from botocore.exceptions import ClientError

from orgd_it import ALICE, BOB, MGMT, client, create_organization, emit, freeze_clock, invite_account

START = datetime(2027, 1, 1, tzinfo=timezone.utc)
END_OF_JANUARY = datetime(2027, 1, 31, 23, 59, 59, 999000, tzinfo=timezone.utc)


def error_code(call):
    try:
        call()
    except ClientError as e:
        return e.response["Error"]["Code"]
    return "NO_ERROR"


def transfer_id(handshake):
    return next(
        r["Value"] for r in handshake["Resources"] if r["Type"] == "RESPONSIBILITY_TRANSFER"
    )


def every_page(call, **kwargs):
    items, sizes, token = [], [], None
    while True:
        page = call(**kwargs, **({"NextToken": token} if token else {}))
        items.extend(page["ResponsibilityTransfers"])
        sizes.append(len(page["ResponsibilityTransfers"]))
        token = page.get("NextToken")
        if not token:
            return items, sizes


def invite(mgmt):
    return mgmt.invite_organization_to_transfer_responsibility(
        Type="BILLING",
        Target={"Type": "ACCOUNT", "Id": BOB},
        StartTimestamp=START,
        SourceName="bob's bill",
    )["Handshake"]


def main():
    freeze_clock("2026-12-02T00:00:00Z")
    mgmt, bob, alice = client(MGMT), client(BOB), client(ALICE)
    summary = {
        "mgmt_org": create_organization(mgmt)["Id"],
        "bob_org": create_organization(bob)["Id"],
    }
    alice.accept_handshake(HandshakeId=invite_account(mgmt, ALICE)["Id"])

    # Sent, and listed on both sides.
    handshake = invite(mgmt)
    tid = transfer_id(handshake)
    summary["handshake"] = handshake
    summary["transfer_id"] = tid
    inbound, summary["inbound_sizes"] = every_page(
        mgmt.list_inbound_responsibility_transfers, Type="BILLING", MaxResults=1
    )
    summary["inbound"] = [t["Id"] for t in inbound]
    summary["outbound"] = [
        t["Id"]
        for t in bob.list_outbound_responsibility_transfers(Type="BILLING")[
            "ResponsibilityTransfers"
        ]
    ]
    summary["mgmt_outbound"] = mgmt.list_outbound_responsibility_transfers(Type="BILLING")[
        "ResponsibilityTransfers"
    ]
    summary["bob_handshakes"] = [
        h["Id"]
        for h in bob.list_handshakes_for_account(
            Filter={"ActionType": "TRANSFER_RESPONSIBILITY"}
        )["Handshakes"]
    ]
    summary["requested"] = mgmt.describe_responsibility_transfer(Id=tid)["ResponsibilityTransfer"]
    summary["bob_view"] = bob.describe_responsibility_transfer(Id=tid)["ResponsibilityTransfer"]
    summary["member_describes"] = error_code(
        lambda: alice.describe_responsibility_transfer(Id=tid)
    )
    summary["sender_accepts"] = error_code(
        lambda: mgmt.accept_handshake(HandshakeId=handshake["Id"])
    )

    # Accepted, then active once the clock passes its start, then terminated.
    summary["accepted"] = bob.accept_handshake(HandshakeId=handshake["Id"])["Handshake"]["State"]
    summary["delete_while_accepted"] = error_code(lambda: bob.delete_organization())
    freeze_clock("2027-01-10T00:00:00Z")
    summary["active"] = bob.describe_responsibility_transfer(Id=tid)["ResponsibilityTransfer"]
    summary["terminated"] = mgmt.terminate_responsibility_transfer(
        Id=tid, EndTimestamp=END_OF_JANUARY
    )["ResponsibilityTransfer"]
    summary["terminate_again"] = error_code(
        lambda: bob.terminate_responsibility_transfer(Id=tid)
    )
    summary["bad_end"] = error_code(
        lambda: bob.terminate_responsibility_transfer(
            Id=tid, EndTimestamp=datetime(2027, 1, 15, tzinfo=timezone.utc)
        )
    )

    # One declined.
    freeze_clock("2027-02-02T00:00:00Z")
    start = datetime(2027, 3, 1, tzinfo=timezone.utc)
    declined = mgmt.invite_organization_to_transfer_responsibility(
        Type="BILLING", Target={"Type": "ACCOUNT", "Id": BOB}, StartTimestamp=start, SourceName="d"
    )["Handshake"]
    bob.decline_handshake(HandshakeId=declined["Id"])
    summary["declined"] = mgmt.describe_responsibility_transfer(Id=transfer_id(declined))[
        "ResponsibilityTransfer"
    ]["Status"]

    # One expired: its deadline is 2027-02-27T23:59:59.999Z.
    expiring = mgmt.invite_organization_to_transfer_responsibility(
        Type="BILLING", Target={"Type": "ACCOUNT", "Id": BOB}, StartTimestamp=start, SourceName="e"
    )["Handshake"]
    summary["expiring_deadline"] = expiring["ExpirationTimestamp"]
    freeze_clock("2027-02-28T00:00:00Z")
    summary["expired"] = bob.describe_responsibility_transfer(Id=transfer_id(expiring))[
        "ResponsibilityTransfer"
    ]["Status"]
    summary["expired_handshake"] = bob.describe_handshake(HandshakeId=expiring["Id"])[
        "Handshake"
    ]["State"]
    summary["accept_expired"] = error_code(
        lambda: bob.accept_handshake(HandshakeId=expiring["Id"])
    )
    emit(summary)


if __name__ == "__main__":
    main()
