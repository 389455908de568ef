"""CloseAccount, the resource policy and CreateGovCloudAccount as IaC tools call them, with boto3.

The sequences are those of ../shared/spec/iac-call-sequences.md: Terraform's
aws_organizations_account with close_on_deletion (CloseAccount, then DescribeAccount polled until
the account reads SUSPENDED, which the provider treats as gone), aws_organizations_resource_policy
(Put/Describe/Delete and tags, ResourcePolicyNotFoundException on delete ignored), and
CloudFormation's AWS::Organizations::Account, OrganizationalUnit and ResourcePolicy handlers
(create, read, update, delete, and the read after delete that must report NotFound through the
errors the handlers map). The summary records what each step returned.
"""

import json
import time

from botocore.exceptions import ClientError

from orgd_it import ALICE, MGMT, advance_clock, client, control, create_organization, emit

POLICY = {
    "Version": "2012-10-17",
    "Statement": [
        {
            "Sid": "AllowDescribe",
            "Effect": "Allow",
            "Principal": {"AWS": "arn:aws:iam::" + ALICE + ":root"},
            "Action": ["organizations:Describe*", "organizations:List*"],
            "Resource": "*",
        }
    ],
}


def error_code(call):
    try:
        call()
    except ClientError as e:
        return e.response["Error"]["Code"]
    return "NO_ERROR"


def wait_created(mgmt, status):
    """DescribeCreateAccountStatus polled as Terraform and CloudFormation poll it."""
    while status["State"] == "IN_PROGRESS":
        time.sleep(0.1)
        status = mgmt.describe_create_account_status(CreateAccountRequestId=status["Id"])[
            "CreateAccountStatus"
        ]
    return status


def terraform_account_close_on_deletion(mgmt, root, ou, summary):
    # create: CreateAccount, DescribeCreateAccountStatus polled; parent_id: ListParents, MoveAccount.
    status = mgmt.create_account(Email="tf@example.com", AccountName="tf")["CreateAccountStatus"]
    account = wait_created(mgmt, status)["AccountId"]
    parent = mgmt.list_parents(ChildId=account)["Parents"][0]["Id"]
    mgmt.move_account(AccountId=account, SourceParentId=parent, DestinationParentId=ou)
    # read: DescribeAccount, ListParents, ListTagsForResource.
    described = mgmt.describe_account(AccountId=account)["Account"]
    summary["tf_before_close"] = {"Status": described["Status"], "State": described["State"]}
    summary["tf_parent"] = mgmt.list_parents(ChildId=account)["Parents"][0]["Id"]
    mgmt.list_tags_for_resource(ResourceId=account)
    # delete with close_on_deletion: CloseAccount, then DescribeAccount until it is gone for the
    # provider (Status SUSPENDED), pending while PENDING_CLOSURE or ACTIVE.
    mgmt.close_account(AccountId=account)
    seen = []
    for _ in range(30):
        a = mgmt.describe_account(AccountId=account)["Account"]
        seen.append([a["Status"], a["State"]])
        if a["Status"] == "SUSPENDED":
            break
        time.sleep(0.2)
    summary["tf_close_polls"] = seen
    summary["tf_close_again"] = error_code(lambda: mgmt.close_account(AccountId=account))
    summary["tf_closed_listed"] = [
        [a["Id"], a["Status"], a["State"]]
        for a in mgmt.list_accounts_for_parent(ParentId=ou)["Accounts"]
    ]
    return account


def terraform_resource_policy(mgmt, summary):
    content = json.dumps(POLICY)
    put = mgmt.put_resource_policy(Content=content, Tags=[{"Key": "owner", "Value": "tf"}])[
        "ResourcePolicy"
    ]
    policy_id = put["ResourcePolicySummary"]["Id"]
    summary["tf_policy"] = put["ResourcePolicySummary"]
    summary["tf_policy_read"] = mgmt.describe_resource_policy()["ResourcePolicy"]
    summary["tf_policy_tags"] = mgmt.list_tags_for_resource(ResourceId=policy_id)["Tags"]
    mgmt.tag_resource(ResourceId=policy_id, Tags=[{"Key": "env", "Value": "dev"}])
    mgmt.untag_resource(ResourceId=policy_id, TagKeys=["owner"])
    summary["tf_policy_tags_updated"] = mgmt.list_tags_for_resource(ResourceId=policy_id)["Tags"]
    mgmt.delete_resource_policy()
    # Terraform ignores ResourcePolicyNotFoundException on delete.
    summary["tf_policy_delete_again"] = error_code(mgmt.delete_resource_policy)
    summary["tf_policy_bad_json"] = error_code(lambda: mgmt.put_resource_policy(Content="{"))
    try:
        mgmt.put_resource_policy(Content=json.dumps({"Statement": [dict(POLICY["Statement"][0],
                                                                       Action="s3:GetObject")]}))
    except ClientError as e:
        summary["tf_policy_bad_action"] = [e.response["Error"]["Code"], e.response.get("Reason")]


def cloudformation_account(mgmt, root, ou, summary):
    # CreateHandler: CreateAccount, DescribeCreateAccountStatus, ListAccounts, ListParents,
    # MoveAccount.
    status = mgmt.create_account(Email="cfn@example.com", AccountName="cfn",
                                 Tags=[{"Key": "stack", "Value": "cfn"}])["CreateAccountStatus"]
    account = wait_created(mgmt, status)["AccountId"]
    summary["cfn_account_listed"] = account in [a["Id"] for a in mgmt.list_accounts()["Accounts"]]
    source = mgmt.list_parents(ChildId=account)["Parents"][0]["Id"]
    mgmt.move_account(AccountId=account, SourceParentId=source, DestinationParentId=ou)
    # ReadHandler: DescribeAccount, ListParents, ListTagsForResource.
    summary["cfn_account_read"] = {
        "Name": mgmt.describe_account(AccountId=account)["Account"]["Name"],
        "Parent": mgmt.list_parents(ChildId=account)["Parents"][0]["Id"],
        "Tags": mgmt.list_tags_for_resource(ResourceId=account)["Tags"],
    }
    # UpdateHandler: ListRoots, MoveAccount (back to the root), tags.
    new_root = mgmt.list_roots()["Roots"][0]["Id"]
    mgmt.move_account(AccountId=account, SourceParentId=ou, DestinationParentId=new_root)
    mgmt.tag_resource(ResourceId=account, Tags=[{"Key": "tier", "Value": "1"}])
    mgmt.untag_resource(ResourceId=account, TagKeys=["stack"])
    summary["cfn_account_updated_tags"] = mgmt.list_tags_for_resource(ResourceId=account)["Tags"]
    # DeleteHandler: CloseAccount; a repeated delete maps AccountAlreadyClosedException to NotFound.
    mgmt.close_account(AccountId=account)
    summary["cfn_account_delete_again"] = error_code(lambda: mgmt.close_account(AccountId=account))
    summary["cfn_account_close_unknown"] = error_code(
        lambda: mgmt.close_account(AccountId="999999999999"))
    summary["cfn_account_close_mgmt"] = error_code(lambda: mgmt.close_account(AccountId=MGMT))
    return account


def cloudformation_organizational_unit(mgmt, root, summary):
    # CreateHandler: CreateOrganizationalUnit (after ListOrganizationalUnitsForParent to find a
    # duplicate name).
    existing = [o["Name"] for o in mgmt.list_organizational_units_for_parent(ParentId=root)[
        "OrganizationalUnits"]]
    ou = mgmt.create_organizational_unit(ParentId=root, Name="cfn-ou",
                                         Tags=[{"Key": "stack", "Value": "cfn"}])[
        "OrganizationalUnit"]
    summary["cfn_ou_duplicate"] = error_code(
        lambda: mgmt.create_organizational_unit(ParentId=root, Name="cfn-ou"))
    summary["cfn_ou_existing_before"] = existing
    # ReadHandler: DescribeOrganizationalUnit, ListParents, ListTagsForResource.
    summary["cfn_ou_read"] = {
        "Name": mgmt.describe_organizational_unit(OrganizationalUnitId=ou["Id"])[
            "OrganizationalUnit"]["Name"],
        "Parent": mgmt.list_parents(ChildId=ou["Id"])["Parents"][0]["Id"],
        "Tags": mgmt.list_tags_for_resource(ResourceId=ou["Id"])["Tags"],
    }
    # UpdateHandler: UpdateOrganizationalUnit, tags.
    mgmt.update_organizational_unit(OrganizationalUnitId=ou["Id"], Name="cfn-ou-renamed")
    mgmt.tag_resource(ResourceId=ou["Id"], Tags=[{"Key": "tier", "Value": "2"}])
    summary["cfn_ou_updated"] = mgmt.describe_organizational_unit(OrganizationalUnitId=ou["Id"])[
        "OrganizationalUnit"]["Name"]
    # DeleteHandler: DeleteOrganizationalUnit; the read after it reports NotFound.
    mgmt.delete_organizational_unit(OrganizationalUnitId=ou["Id"])
    summary["cfn_ou_read_deleted"] = error_code(
        lambda: mgmt.describe_organizational_unit(OrganizationalUnitId=ou["Id"]))
    summary["cfn_ou_delete_again"] = error_code(
        lambda: mgmt.delete_organizational_unit(OrganizationalUnitId=ou["Id"]))


def cloudformation_resource_policy(mgmt, summary):
    # CreateHandler: DescribeResourcePolicy must fail with ResourcePolicyNotFoundException, then
    # PutResourcePolicy.
    summary["cfn_policy_describe_first"] = error_code(mgmt.describe_resource_policy)
    put = mgmt.put_resource_policy(Content=json.dumps(POLICY),
                                   Tags=[{"Key": "stack", "Value": "cfn"}])["ResourcePolicy"]
    policy_id = put["ResourcePolicySummary"]["Id"]
    # A second create finds the policy: AlreadyExists for CloudFormation.
    summary["cfn_policy_describe_exists"] = error_code(mgmt.describe_resource_policy)
    # ReadHandler: DescribeResourcePolicy, ListTagsForResource(rp-...).
    read = mgmt.describe_resource_policy()["ResourcePolicy"]
    summary["cfn_policy_read_same_id"] = read["ResourcePolicySummary"]["Id"] == policy_id
    summary["cfn_policy_tags"] = mgmt.list_tags_for_resource(ResourceId=policy_id)["Tags"]
    # UpdateHandler: PutResourcePolicy (no tags), tags.
    updated = dict(POLICY, Statement=[dict(POLICY["Statement"][0], Sid="Updated")])
    put2 = mgmt.put_resource_policy(Content=json.dumps(updated))["ResourcePolicy"]
    summary["cfn_policy_update_same_id"] = put2["ResourcePolicySummary"]["Id"] == policy_id
    summary["cfn_policy_update_with_tags"] = error_code(lambda: mgmt.put_resource_policy(
        Content=json.dumps(updated), Tags=[{"Key": "k", "Value": "v"}]))
    mgmt.tag_resource(ResourceId=policy_id, Tags=[{"Key": "tier", "Value": "3"}])
    # DeleteHandler: DeleteResourcePolicy; the read after it reports NotFound.
    mgmt.delete_resource_policy()
    summary["cfn_policy_read_deleted"] = error_code(mgmt.describe_resource_policy)
    summary["cfn_policy_tags_deleted"] = error_code(
        lambda: mgmt.list_tags_for_resource(ResourceId=policy_id))


def govcloud(mgmt, summary):
    summary["gov_not_paired"] = error_code(
        lambda: mgmt.create_gov_cloud_account(Email="gov0@example.com", AccountName="gov0"))
    control("/_orgd/accounts", {"AccountId": MGMT, "GovCloudAccountId": "444444444444"})
    status = mgmt.create_gov_cloud_account(Email="gov@example.com", AccountName="gov",
                                           Tags=[{"Key": "k", "Value": "v"}])[
        "CreateAccountStatus"]
    summary["gov_status"] = status
    summary["gov_described"] = mgmt.describe_create_account_status(
        CreateAccountRequestId=status["Id"])["CreateAccountStatus"]
    summary["gov_listed"] = [s for s in mgmt.list_create_account_status()["CreateAccountStatuses"]
                             if s["Id"] == status["Id"]]
    summary["gov_account_tags"] = mgmt.list_tags_for_resource(ResourceId=status["AccountId"])[
        "Tags"]


def main():
    mgmt = client(MGMT)
    org = create_organization(mgmt)
    summary = {"org": org["Id"]}
    root = mgmt.list_roots()["Roots"][0]["Id"]
    ou = mgmt.create_organizational_unit(ParentId=root, Name="workloads")["OrganizationalUnit"]["Id"]
    summary["root"] = root
    summary["ou"] = ou
    control("/_orgd/quotas", {"OrganizationId": org["Id"], "MaxAccounts": 20})

    closed = terraform_account_close_on_deletion(mgmt, root, ou, summary)
    terraform_resource_policy(mgmt, summary)
    cfn_account = cloudformation_account(mgmt, root, ou, summary)
    cloudformation_organizational_unit(mgmt, root, summary)
    cloudformation_resource_policy(mgmt, summary)
    govcloud(mgmt, summary)

    # 90 days after their closure the closed accounts are out of the organization.
    advance_clock("P90DT1S")
    summary["after_describe"] = error_code(lambda: mgmt.describe_account(AccountId=closed))
    summary["after_parents"] = error_code(lambda: mgmt.list_parents(ChildId=cfn_account))
    summary["after_listed"] = [a["Id"] for a in mgmt.list_accounts()["Accounts"]]
    summary["closed"] = [closed, cfn_account]
    emit(summary)


if __name__ == "__main__":
    main()
