"""An empty page that still carries a NextToken, and boto3's paginator walking past it.

Two invitations are left open and, created after them, two are canceled at once. Thirty days and
one second later the canceled ones are past their retention (gone for every caller) while the
open ones have expired 15 days ago and are still shown. The newest page of two therefore has no
item to show but more rows behind it: orgd answers it with zero handshakes and a NextToken, as AWS
documents ("might return fewer results than the maximum even when there are more results
available"), and boto3 must follow the token.
"""

from orgd_it import MGMT, advance_clock, client, create_organization, emit, invite_account


def main():
    mgmt = client(MGMT)
    create_organization(mgmt)
    kept = [invite_account(mgmt, account)["Id"] for account in ("200000000001", "200000000002")]
    dropped = [invite_account(mgmt, account)["Id"] for account in ("200000000003", "200000000004")]
    for handshake_id in dropped:
        mgmt.cancel_handshake(HandshakeId=handshake_id)

    advance_clock("P30DT1S")

    first = mgmt.list_handshakes_for_organization(MaxResults=2)
    paginator = mgmt.get_paginator("list_handshakes_for_organization")
    pages = list(paginator.paginate(PaginationConfig={"PageSize": 2}))
    full = paginator.paginate(PaginationConfig={"PageSize": 2}).build_full_result()
    emit(
        {
            "kept_newest_first": list(reversed(kept)),
            "dropped": dropped,
            "first_page_items": len(first["Handshakes"]),
            "first_page_has_token": bool(first.get("NextToken")),
            "page_item_counts": [len(p["Handshakes"]) for p in pages],
            "page_has_token": ["NextToken" in p for p in pages],
            "walked_ids": [h["Id"] for p in pages for h in p["Handshakes"]],
            "walked_states": [h["State"] for p in pages for h in p["Handshakes"]],
            "full_result_ids": [h["Id"] for h in full["Handshakes"]],
            "full_result_has_token": "NextToken" in full,
        }
    )


if __name__ == "__main__":
    main()
