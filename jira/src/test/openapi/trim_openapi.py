#!/usr/bin/env python3
"""Trim Atlassian's published Jira OpenAPI documents to the operations agenda's Jira client uses.

Writes, under jira/src/test/resources/openapi/:
  jira-datacenter-10.3.json  from jira-software-dc-10.3__openapi.v3.json (Jira Software Data Center 10.3)
  jira-cloud-v3.json         from jira-cloud-platform-v3__swagger-v3.v3.json (Jira Cloud platform REST v3)

Each output keeps only the listed operations and the transitive closure of the components they reference, plus
the few patches below, each one a named function that says what the published document says, what Jira actually
sends or accepts, and why the patch is needed. Output is pretty-printed with sorted keys so that a re-run on the
same input gives byte-identical files.

Usage (from the repository root; both arguments default to ../shared/jira/<file name> beside the checkout):
  python3 jira/src/test/openapi/trim_openapi.py [DC_SOURCE] [CLOUD_SOURCE]

Python 3 standard library only.
"""

import argparse
import copy
import json
import pathlib
import sys

REPO_ROOT = pathlib.Path(__file__).resolve().parents[4]
DEFAULT_SOURCES = REPO_ROOT.parent / "shared" / "jira"
DC_SOURCE_NAME = "jira-software-dc-10.3__openapi.v3.json"
CLOUD_SOURCE_NAME = "jira-cloud-platform-v3__swagger-v3.v3.json"
OUTPUT_DIR = REPO_ROOT / "jira" / "src" / "test" / "resources" / "openapi"
DC_OUTPUT = OUTPUT_DIR / "jira-datacenter-10.3.json"
CLOUD_OUTPUT = OUTPUT_DIR / "jira-cloud-v3.json"
SCRIPT = "jira/src/test/openapi/trim_openapi.py"

# (method, path below the API root) -- the operations the client sends on both deployments.
COMMON_OPERATIONS = [
    ("get", "serverInfo"),
    ("get", "myself"),
    ("get", "project/{projectIdOrKey}"),
    ("get", "issue/createmeta/{projectIdOrKey}/issuetypes"),
    ("post", "issue"),
    ("post", "issue/bulk"),
    ("get", "issue/{issueIdOrKey}"),
    ("put", "issue/{issueIdOrKey}"),
    ("get", "issue/{issueIdOrKey}/transitions"),
    ("post", "issue/{issueIdOrKey}/transitions"),
    ("post", "issue/{issueIdOrKey}/remotelink"),
    ("get", "issue/{issueIdOrKey}/properties/{propertyKey}"),
    ("put", "issue/{issueIdOrKey}/properties/{propertyKey}"),
    ("get", "issue/{issueIdOrKey}/watchers"),
    ("post", "issue/{issueIdOrKey}/watchers"),
    ("get", "user"),
    ("get", "user/search"),
]
DC_ONLY_OPERATIONS = [("post", "search")]
CLOUD_ONLY_OPERATIONS = [("post", "search/jql"), ("get", "search/jql")]

# The Data Center document's server URL is http://{baseurl}/rest, so its paths start at /api/2/ (the validator
# strips the server's /rest). The Cloud document's server has no path, so its paths start at /rest/api/3/.
DC_API_ROOT = "/api/2/"
CLOUD_API_ROOT = "/rest/api/3/"

HTTP_METHODS = {"get", "put", "post", "delete", "options", "head", "patch", "trace"}


class SourceChanged(Exception):
    """The source no longer has the shape a patch was written for: re-check the patch instead of guessing."""


# --------------------------------------------------------------------------------------------------------------
# Trimming


def trim(source, api_root, operations):
    """A copy of `source` with only `operations` and the components they reach through $ref."""
    paths = {}
    missing = []
    for method, relative in operations:
        path = api_root + relative
        item = source["paths"].get(path)
        if item is None or method not in item:
            missing.append(f"{method.upper()} {path}")
            continue
        kept = paths.setdefault(path, {k: copy.deepcopy(v) for k, v in item.items() if k not in HTTP_METHODS})
        kept[method] = copy.deepcopy(item[method])
    if missing:
        raise SourceChanged("operations not found in the source: " + ", ".join(missing))

    trimmed = {
        "openapi": source["openapi"],
        "info": copy.deepcopy(source["info"]),
        "servers": copy.deepcopy(source.get("servers", [])),
        "paths": paths,
        "components": {},
    }
    close_components(trimmed, source)
    keep_used_security_schemes(trimmed, source)
    return trimmed


def refs_in(node):
    """Every local $ref in `node`, as (component type, name)."""
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str):
            if not ref.startswith("#/components/"):
                raise SourceChanged("non-local $ref: " + ref)
            _, _, kind, name = ref.split("/", 3)
            yield kind, name
        for value in node.values():
            yield from refs_in(value)
    elif isinstance(node, list):
        for value in node:
            yield from refs_in(value)


def close_components(trimmed, source):
    """Copies into `trimmed` every component reachable from its paths (and from components already copied)."""
    components = trimmed["components"]
    pending = list(refs_in(trimmed["paths"])) + list(refs_in(components))
    while pending:
        kind, name = pending.pop()
        if name in components.get(kind, {}):
            continue
        try:
            component = copy.deepcopy(source["components"][kind][name])
        except KeyError:
            raise SourceChanged(f"dangling $ref #/components/{kind}/{name}") from None
        components.setdefault(kind, {})[name] = component
        pending.extend(refs_in(component))


def keep_used_security_schemes(trimmed, source):
    """Keeps the security schemes (and, for OAuth 2, the scopes) that the kept operations name."""
    used = {}
    for item in trimmed["paths"].values():
        for method, operation in item.items():
            if method not in HTTP_METHODS:
                continue
            for requirement in operation.get("security", []):
                for scheme, scopes in requirement.items():
                    used.setdefault(scheme, set()).update(scopes)
    schemes = {}
    for name, scopes in sorted(used.items()):
        scheme = copy.deepcopy(source["components"]["securitySchemes"][name])
        for flow in scheme.get("flows", {}).values():
            flow["scopes"] = {s: d for s, d in flow.get("scopes", {}).items() if s in scopes}
        schemes[name] = scheme
    if schemes:
        trimmed["components"]["securitySchemes"] = schemes


def drop_unreferenced_components(doc):
    """After patches replaced some schemas, drops components nothing refers to any more."""
    while True:
        reachable = set(refs_in(doc["paths"]))
        frontier = list(reachable)
        while frontier:
            kind, name = frontier.pop()
            for ref in refs_in(doc["components"].get(kind, {}).get(name, {})):
                if ref not in reachable:
                    reachable.add(ref)
                    frontier.append(ref)
        removed = False
        for kind, entries in doc["components"].items():
            if kind == "securitySchemes":
                continue
            for name in list(entries):
                if (kind, name) not in reachable:
                    del entries[name]
                    removed = True
        if not removed:
            return


# --------------------------------------------------------------------------------------------------------------
# Helpers for patches: each checks that the published shape is still what the patch was written for.


def schema(doc, name):
    try:
        return doc["components"]["schemas"][name]
    except KeyError:
        raise SourceChanged(f"schema {name} is gone") from None


def operation(doc, method, path):
    try:
        return doc["paths"][path][method]
    except KeyError:
        raise SourceChanged(f"operation {method.upper()} {path} is gone") from None


def expect(actual, published, where):
    if actual != published:
        raise SourceChanged(f"{where}: expected the published {json.dumps(published)}, found {json.dumps(actual)}")


def without_examples(node):
    """`node` without example/description keys, to compare schema shapes."""
    if isinstance(node, dict):
        return {k: without_examples(v) for k, v in node.items() if k not in ("example", "description")}
    if isinstance(node, list):
        return [without_examples(v) for v in node]
    return node


ANY_JSON = {}  # an empty schema: any JSON value, null included


# --------------------------------------------------------------------------------------------------------------
# Data Center patches


def dc_field_values_are_any_json(doc):
    """Issue field values are any JSON value, not objects.

    Published: IssueUpdateBean.fields and IssueBean.fields are maps whose values are {"type": "object"}.
    Jira sends and accepts strings (summary; description as wiki markup), arrays (labels), numbers, and null (a
    cleared field in an edit; an unset due date or assignee in an issue).
    Why: with the published schema every create, bulk create, edit, get-issue and search exchange fails.
    """
    for name in ("IssueUpdateBean", "IssueBean"):
        fields = schema(doc, name)["properties"]["fields"]
        expect(without_examples(fields.get("additionalProperties")), {"type": "object"},
               f"{name}.fields.additionalProperties")
        fields["additionalProperties"] = dict(ANY_JSON)


def dc_entity_property_values_are_any_json(doc):
    """Entity property values are any JSON value, not strings.

    Published: EntityPropertyBean.value is {"type": "string"} (used by the create request's "properties" and by GET
    issue/{key}/properties/{propertyKey}), and the PUT property request body is {"type": "string", "format": "json"}.
    Jira stores and returns the JSON value itself: {"key": "agenda.action", "value": {"id": "1"}}; the PUT body is
    that raw JSON value (an object for us).
    Why: with the published schema every create carrying properties and every property read and write fails.
    """
    value = schema(doc, "EntityPropertyBean")["properties"]["value"]
    expect(without_examples(value), {"type": "string"}, "EntityPropertyBean.value")
    schema(doc, "EntityPropertyBean")["properties"]["value"] = dict(ANY_JSON)

    put = operation(doc, "put", DC_API_ROOT + "issue/{issueIdOrKey}/properties/{propertyKey}")
    body = put["requestBody"]["content"]["application/json"]
    expect(without_examples(body["schema"]), {"type": "string", "format": "json"}, "PUT property request body")
    body["schema"] = dict(ANY_JSON)


def dc_user_search_returns_an_array(doc):
    """GET user/search answers an array of users.

    Published: the 200 response is a single UserBean.
    Jira answers [{"name": "fred", ...}, ...] (an empty array when nobody matches).
    Why: every real user search response fails validation with the published schema.
    """
    response = operation(doc, "get", DC_API_ROOT + "user/search")["responses"]["200"]["content"]["application/json"]
    expect(response["schema"], {"$ref": "#/components/schemas/UserBean"}, "GET user/search 200")
    response["schema"] = {"type": "array", "items": {"$ref": "#/components/schemas/UserBean"}}


def dc_createmeta_issue_types_are_a_page(doc):
    """GET issue/createmeta/{projectIdOrKey}/issuetypes answers a page of issue types.

    Published: the 200 response is a single CreateMetaIssueTypeBean.
    Jira (8.4 and later) answers {"maxResults": 50, "startAt": 0, "total": 3, "isLast": true, "values": [<issue
    type>, ...]} -- the same paging as its other paged resources (PageBean).
    Why: every real response fails with the published schema. The page is added as a new schema,
    PageOfCreateMetaIssueTypeBean, built from the published PageBean's paging properties.
    """
    content = operation(doc, "get", DC_API_ROOT + "issue/createmeta/{projectIdOrKey}/issuetypes")[
        "responses"]["200"]["content"]["application/json"]
    expect(content["schema"], {"$ref": "#/components/schemas/CreateMetaIssueTypeBean"},
           "GET createmeta issuetypes 200")
    doc["components"]["schemas"]["PageOfCreateMetaIssueTypeBean"] = {
        "type": "object",
        "description": "A page of issue types for creating issues (added by " + SCRIPT + ": the published "
                       "document declares a single CreateMetaIssueTypeBean).",
        "properties": {
            "isLast": {"type": "boolean"},
            "maxResults": {"type": "integer", "format": "int32"},
            "startAt": {"type": "integer", "format": "int64"},
            "total": {"type": "integer", "format": "int64"},
            "values": {"type": "array", "items": {"$ref": "#/components/schemas/CreateMetaIssueTypeBean"}},
        },
    }
    content["schema"] = {"$ref": "#/components/schemas/PageOfCreateMetaIssueTypeBean"}


def dc_remote_link_create_answers_201(doc):
    """POST issue/{issueIdOrKey}/remotelink answers 201 when it creates the link.

    Published: only 200 (documented as "created/updated").
    Jira answers 201 Created with {"id": 10000, "self": "..."} for a new link and 200 for an update of the link with
    the same globalId (the Cloud document declares both).
    Why: the first post of every link -- the usual case -- fails with "Response status 201 not defined".
    """
    responses = operation(doc, "post", DC_API_ROOT + "issue/{issueIdOrKey}/remotelink")["responses"]
    if "201" in responses:
        raise SourceChanged("POST remotelink now declares 201: drop this patch")
    created = copy.deepcopy(responses["200"])
    created["description"] = "Returned if the remote issue link was created (added by " + SCRIPT + ")."
    responses["201"] = created


DC_PATCHES = [
    dc_field_values_are_any_json,
    dc_entity_property_values_are_any_json,
    dc_user_search_returns_an_array,
    dc_createmeta_issue_types_are_a_page,
    dc_remote_link_create_answers_201,
]


# --------------------------------------------------------------------------------------------------------------
# Cloud patches


def cloud_server_info_under_api_2(doc):
    """Adds GET /rest/api/2/serverInfo, a copy of GET /rest/api/3/serverInfo.

    Published: only /rest/api/3/serverInfo (the document describes v3).
    The client detects the deployment with GET /rest/api/2/serverInfo before it knows which API version to use;
    Cloud answers it with the same ServerInformation.
    Why: otherwise the first request the client sends to Cloud is "not in the spec".
    """
    item = doc["paths"].get(CLOUD_API_ROOT + "serverInfo")
    if item is None:
        raise SourceChanged("GET /rest/api/3/serverInfo is gone")
    copied = copy.deepcopy(item)
    copied["get"]["operationId"] = "getServerInfoV2"
    copied["get"]["description"] = ("The same operation as GET /rest/api/3/serverInfo, which Cloud also serves under "
                                    "/rest/api/2 (copied by " + SCRIPT + "). " + copied["get"].get("description", ""))
    doc["paths"]["/rest/api/2/serverInfo"] = copied


def cloud_no_content_responses_have_no_body(doc):
    """204 responses (and the 200/201 of PUT issue property) have no body.

    Published: these responses declare "content": {"application/json": {"schema": {}}}.
    Jira sends no body: a 204 cannot have one (RFC 9110, section 15.3.5), and setting an issue property answers an
    empty 200 or 201 (the Data Center document declares those without content).
    Why: the validator reads a declared schema as "a body is required" and reports every empty answer.
    """
    property_put = (CLOUD_API_ROOT + "issue/{issueIdOrKey}/properties/{propertyKey}", "put")
    changed = 0
    for path, item in doc["paths"].items():
        for method, op in item.items():
            if method not in HTTP_METHODS:
                continue
            for status, response in op.get("responses", {}).items():
                bodiless = status == "204" or ((path, method) == property_put and status in ("200", "201"))
                if bodiless and "content" in response:
                    expect(response["content"], {"application/json": {"schema": {}}}, f"{method} {path} {status}")
                    del response["content"]
                    changed += 1
    if changed == 0:
        raise SourceChanged("no empty responses with content left: drop this patch")


CLOUD_PATCHES = [
    cloud_server_info_under_api_2,
    cloud_no_content_responses_have_no_body,
]


# --------------------------------------------------------------------------------------------------------------


def describe(doc, source_name, version, license_status, patches, extra=""):
    lines = [
        f"Trimmed copy of Atlassian's published OpenAPI description `{source_name}` (version {version}). "
        f"License: {license_status}.",
        "",
        f"Trimmed by `{SCRIPT}`: only the operations agenda's Jira client uses, and the components they reference. "
        "Do not edit by hand; re-run the script (see jira/src/test/openapi/README.md).",
    ]
    if extra:
        lines += ["", extra]
    lines += ["", "Patches applied (see the script for what the published document says and why):"]
    lines += [f"- {patch.__name__}: {patch.__doc__.strip().splitlines()[0]}" for patch in patches]
    doc["info"]["description"] = "\n".join(lines)


def build_dc(source):
    doc = trim(source, DC_API_ROOT, COMMON_OPERATIONS + DC_ONLY_OPERATIONS)
    for patch in DC_PATCHES:
        patch(doc)
    drop_unreferenced_components(doc)
    describe(doc, DC_SOURCE_NAME, source["info"]["version"],
             "none stated in the source; kept as a test reference only", DC_PATCHES)
    return doc


def build_cloud(source):
    doc = trim(source, CLOUD_API_ROOT, COMMON_OPERATIONS + CLOUD_ONLY_OPERATIONS)
    for patch in CLOUD_PATCHES:
        patch(doc)
    drop_unreferenced_components(doc)
    license_name = source["info"].get("license", {}).get("name")
    if license_name != "Apache 2.0":
        raise SourceChanged(f"the Cloud document's license is now {license_name!r}: review before committing")
    describe(doc, CLOUD_SOURCE_NAME, source["info"]["version"],
             "Apache 2.0 (http://www.apache.org/licenses/LICENSE-2.0.html), as stated in the source's info.license",
             CLOUD_PATCHES,
             extra="Also contains GET /rest/api/2/serverInfo, a copy of GET /rest/api/3/serverInfo: the client "
                   "detects the deployment with /rest/api/2/serverInfo, which Cloud serves too.")
    return doc


def write(doc, path):
    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(doc, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
    path.write_text(text, encoding="utf-8")
    print(f"wrote {path.relative_to(REPO_ROOT)} ({len(text)} characters, {len(doc['paths'])} paths, "
          f"{len(doc['components'].get('schemas', {}))} schemas)")


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dc_source", nargs="?", type=pathlib.Path, default=DEFAULT_SOURCES / DC_SOURCE_NAME)
    parser.add_argument("cloud_source", nargs="?", type=pathlib.Path, default=DEFAULT_SOURCES / CLOUD_SOURCE_NAME)
    args = parser.parse_args(argv)
    try:
        dc = build_dc(json.loads(args.dc_source.read_text(encoding="utf-8")))
        cloud = build_cloud(json.loads(args.cloud_source.read_text(encoding="utf-8")))
    except SourceChanged as problem:
        print(f"{SCRIPT}: {problem}", file=sys.stderr)
        return 1
    write(dc, DC_OUTPUT)
    write(cloud, CLOUD_OUTPUT)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
