"""boto3 against orgd started with --auth sigv4 (SignedClientsIT).

ORGD_KEY / ORGD_SECRET are a configured key of the management account. The script creates the
organization with them, then calls again with a wrong secret and with a key orgd does not know,
and prints what came back as one JSON line.
"""

import json
import os

import boto3
import botocore.config
from botocore.exceptions import ClientError

ENDPOINT = os.environ["ORGD_ENDPOINT"]
KEY = os.environ["ORGD_KEY"]
SECRET = os.environ["ORGD_SECRET"]


def client(key, secret):
    return boto3.session.Session().client(
        "organizations",
        endpoint_url=ENDPOINT,
        region_name="eu-north-1",
        aws_access_key_id=key,
        aws_secret_access_key=secret,
        config=botocore.config.Config(retries={"max_attempts": 1}),
    )


def refusal(call):
    try:
        call()
    except ClientError as e:
        return {
            "code": e.response["Error"]["Code"],
            "status": e.response["ResponseMetadata"]["HTTPStatusCode"],
        }
    return None


good = client(KEY, SECRET)
created = good.create_organization(FeatureSet="ALL")["Organization"]
described = good.describe_organization()["Organization"]
print(
    json.dumps(
        {
            "createdBy": created["MasterAccountId"],
            "sameOrganization": created["Id"] == described["Id"],
            "wrongSecret": refusal(client(KEY, SECRET + "x").describe_organization),
            "unknownKey": refusal(client("AKIAUNKNOWNKEY000000", SECRET).describe_organization),
        }
    )
)
