"""Terraform's call sequences for OUs and for an account with `parent_id`, replayed with boto3.

The sequences are those of docs/iac-call-sequences.md (hashicorp/terraform-provider-aws,
internal/service/organizations): the organization read, aws_organizations_organizational_unit
(create, read, update, delete) and aws_organizations_account with parent_id (create, then
ListParents and MoveAccount; read). Every list goes through boto3's paginator with a small page
size. The summary records what each step returned, and the errors Terraform maps to "gone".
"""

from botocore.exceptions import ClientError

from orgd_it import ALICE, MGMT, client, create_organization, emit


def pages(org_client, operation, key, **kwargs):
    paginator = org_client.get_paginator(operation)
    items, sizes = [], []
    for page in paginator.paginate(PaginationConfig={"PageSize": 2}, **kwargs):
        items.extend(page[key])
        sizes.append(len(page[key]))
    return items, sizes


def error_code(call):
    try:
        call()
    except ClientError as e:
        return e.response["Error"]["Code"]
    return "NO_ERROR"


def main():
    mgmt = client(MGMT)
    org = create_organization(mgmt)
    summary = {"org": org["Id"]}

    # aws_organizations_organization read.
    mgmt.describe_organization()
    mgmt.list_accounts()
    root = mgmt.list_roots()["Roots"][0]
    summary["root"] = root["Id"]

    # aws_organizations_organizational_unit: create, then read.
    ou = mgmt.create_organizational_unit(ParentId=root["Id"], Name="prod")["OrganizationalUnit"]
    child = mgmt.create_organizational_unit(ParentId=ou["Id"], Name="team")["OrganizationalUnit"]
    summary["ou"] = ou
    summary["child"] = child
    summary["ou_described"] = mgmt.describe_organizational_unit(OrganizationalUnitId=ou["Id"])[
        "OrganizationalUnit"
    ]
    summary["ou_parents"] = mgmt.list_parents(ChildId=ou["Id"])["Parents"]
    summary["child_parents"] = mgmt.list_parents(ChildId=child["Id"])["Parents"]
    summary["ou_accounts"] = mgmt.list_accounts_for_parent(ParentId=ou["Id"])["Accounts"]

    # aws_organizations_account with parent_id: create, wait, then place it.
    created = []
    for n in range(3):
        status = mgmt.create_account(Email=f"acct{n}@example.com", AccountName=f"acct{n}")[
            "CreateAccountStatus"
        ]
        status = mgmt.describe_create_account_status(CreateAccountRequestId=status["Id"])[
            "CreateAccountStatus"
        ]
        account_id = status["AccountId"]
        parent = mgmt.list_parents(ChildId=account_id)["Parents"][0]
        mgmt.move_account(
            AccountId=account_id, SourceParentId=parent["Id"], DestinationParentId=ou["Id"]
        )
        created.append(account_id)
    summary["created"] = created
    summary["account_described"] = mgmt.describe_account(AccountId=created[0])["Account"]
    summary["account_parents"] = mgmt.list_parents(ChildId=created[0])["Parents"]
    # The provider's tagging layer: read, then update (tag and untag).
    mgmt.tag_resource(ResourceId=created[0], Tags=[{"Key": "env", "Value": "prod"}, {"Key": "a", "Value": ""}])
    mgmt.untag_resource(ResourceId=created[0], TagKeys=["a"])
    summary["account_tags"] = mgmt.list_tags_for_resource(ResourceId=created[0])["Tags"]
    mgmt.tag_resource(ResourceId=ou["Id"], Tags=[{"Key": "team", "Value": "core"}])
    tags, _ = [], None
    for page in mgmt.get_paginator("list_tags_for_resource").paginate(ResourceId=ou["Id"]):
        tags.extend(page["Tags"])
    summary["ou_tags"] = tags
    summary["policy_tags"] = error_code(
        lambda: mgmt.list_tags_for_resource(ResourceId="p-12345678")
    )

    accounts, sizes = pages(mgmt, "list_accounts_for_parent", "Accounts", ParentId=ou["Id"])
    summary["ou_accounts_paged"] = [a["Id"] for a in accounts]
    summary["ou_accounts_paths"] = [a["Paths"] for a in accounts]
    summary["ou_accounts_page_sizes"] = sizes
    root_accounts, _ = pages(mgmt, "list_accounts_for_parent", "Accounts", ParentId=root["Id"])
    summary["root_accounts"] = [a["Id"] for a in root_accounts]
    children, _ = pages(
        mgmt, "list_children", "Children", ParentId=ou["Id"], ChildType="ACCOUNT"
    )
    summary["ou_account_children"] = children
    ous, _ = pages(mgmt, "list_children", "Children", ParentId=ou["Id"], ChildType="ORGANIZATIONAL_UNIT")
    summary["ou_ou_children"] = ous
    listed_ous, _ = pages(
        mgmt, "list_organizational_units_for_parent", "OrganizationalUnits", ParentId=root["Id"]
    )
    summary["root_ous"] = listed_ous

    # Update, then delete; Terraform treats OrganizationalUnitNotFoundException as gone.
    summary["ou_updated"] = mgmt.update_organizational_unit(
        OrganizationalUnitId=child["Id"], Name="platform"
    )["OrganizationalUnit"]
    summary["delete_non_empty"] = error_code(
        lambda: mgmt.delete_organizational_unit(OrganizationalUnitId=ou["Id"])
    )
    mgmt.delete_organizational_unit(OrganizationalUnitId=child["Id"])
    summary["describe_deleted"] = error_code(
        lambda: mgmt.describe_organizational_unit(OrganizationalUnitId=child["Id"])
    )
    summary["member_describes"] = error_code(
        lambda: client(created[0]).describe_organizational_unit(OrganizationalUnitId=ou["Id"])
    )
    summary["standalone_lists"] = error_code(
        lambda: client(ALICE).list_children(ParentId=root["Id"], ChildType="ACCOUNT")
    )
    summary["move_again"] = error_code(
        lambda: mgmt.move_account(
            AccountId=created[0], SourceParentId=root["Id"], DestinationParentId=ou["Id"]
        )
    )
    emit(summary)


if __name__ == "__main__":
    main()
