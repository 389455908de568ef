"""boto3's paginators over orgd: PageSize, MaxItems and resuming from boto3's composite token.

Sets up (under a frozen clock, so the order is exactly the reverse of creation):
  - MGMT's organization with 7 invitations, to 200000000001 .. 200000000007;
  - ALICE invited by 5 organizations (managed by 300000000001 .. 300000000005).
Prints what the paginators returned; Boto3IT checks it.
"""

import base64
import json

from orgd_it import ALICE, MGMT, client, create_organization, emit, freeze_clock, invite_account


def ids(handshakes):
    return [h["Id"] for h in handshakes]


def walk(paginator, **kwargs):
    """Every page the paginator yields: its item ids and whether it carried a NextToken."""
    pages = []
    for page in paginator.paginate(**kwargs):
        pages.append({"ids": ids(page["Handshakes"]), "next_token": "NextToken" in page})
    return pages


def decode(composite_token):
    """boto3's resume token: base64 of JSON {"NextToken": <server token or null>, ...}."""
    return json.loads(base64.b64decode(composite_token))


def cut_and_resume(paginator, page_size, max_items, **kwargs):
    """Lists `max_items` items, then resumes from the token boto3 returned, to the end."""
    first = paginator.paginate(
        PaginationConfig={"PageSize": page_size, "MaxItems": max_items}, **kwargs
    ).build_full_result()
    token = first["NextToken"]
    rest = paginator.paginate(
        PaginationConfig={"PageSize": page_size, "StartingToken": token}, **kwargs
    ).build_full_result()
    inner = decode(token)
    return {
        "first": ids(first["Handshakes"]),
        "rest": ids(rest["Handshakes"]),
        "rest_has_token": "NextToken" in rest,
        "truncate_amount": inner.get("boto_truncate_amount", 0),
        "inner_token_is_null": inner.get("NextToken") is None,
    }


def main():
    freeze_clock("2031-01-01T00:00:00Z")
    mgmt = client(MGMT)
    create_organization(mgmt)
    org_created = [invite_account(mgmt, str(200000000000 + i))["Id"] for i in range(1, 8)]

    account_created = []
    for i in range(1, 6):
        owner = client(str(300000000000 + i))
        create_organization(owner)
        account_created.append(invite_account(owner, ALICE)["Id"])

    org_pages = mgmt.get_paginator("list_handshakes_for_organization")
    account_pages = client(ALICE).get_paginator("list_handshakes_for_account")
    emit(
        {
            "org_created": org_created,
            "org_pages": walk(org_pages, PaginationConfig={"PageSize": 3}),
            "org_cut_mid_page": cut_and_resume(org_pages, 3, 4),
            "org_cut_on_page_boundary": cut_and_resume(org_pages, 3, 3),
            "org_cut_on_first_page": cut_and_resume(org_pages, 3, 2),
            "org_filtered_pages": walk(
                org_pages, Filter={"ActionType": "INVITE"}, PaginationConfig={"PageSize": 4}
            ),
            "account_created": account_created,
            "account_pages": walk(account_pages, PaginationConfig={"PageSize": 2}),
            "account_cut_mid_page": cut_and_resume(account_pages, 2, 3),
        }
    )


if __name__ == "__main__":
    main()
