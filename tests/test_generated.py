"""The pipeline from openapi.json to the generated package, proven end to end."""

from __future__ import annotations

import copy
import json
import sys
from pathlib import Path

import respx
from xverse_api._generated import AuthenticatedClient
from xverse_api._generated.api.ordinals import get_v1_ordinals_address_address_runes as op
from xverse_api._generated.models import RuneBalanceItem, RuneBalancesPage

from .conftest import ROOT, fresh, load_spec

sys.path.insert(0, str(ROOT / "scripts"))
import generate

BASE = "https://api.example.test"
ADDRESS = "bc1q0egjvlcfq77cxd9kvpgppyuxckzvws46e3sxch"
DOG = {
    "runeName": "DOG•GO•TO•THE•MOON",
    "amount": "3142748244",
    "divisibility": 5,
    "symbol": "🐕",
    "id": "840000:3",
}


def _client() -> AuthenticatedClient:
    return AuthenticatedClient(
        base_url=BASE, token="k-123", prefix="", auth_header_name="x-api-key"
    )


def test_vendored_spec_provenance_is_recorded_and_checked(tmp_path: Path) -> None:
    """Once vendored, the repo's openapi.json is the source of truth: its provenance and
    sha256 are recorded beside it, and check-generated catches an edit that skipped
    `make generate` (while `make generate` itself records the new hash)."""
    recorded = json.loads((ROOT / "openapi.provenance.json").read_text("utf-8"))
    assert recorded["source"]
    for entry in (recorded.get("operations") or {}).values():  # per operation: its pages
        assert all(str(page).startswith("https://") for page in entry["sources"])
    assert recorded["vendored"]
    assert generate.check_provenance() == []
    spec, provenance = tmp_path / "openapi.json", tmp_path / "openapi.provenance.json"
    # an edit (not a reformatting: the spec file's formatting is the maintainer's choice,
    # compact or indented, and must not decide whether this counts as a change)
    edited = load_spec()
    edited["info"]["x-edited-by-test"] = True
    spec.write_text(json.dumps(edited), "utf-8")
    provenance.write_text(json.dumps(recorded), "utf-8")
    problems = generate.check_provenance(spec, provenance)
    assert problems
    assert "sha256" in problems[0]
    generate.record_provenance(spec, provenance)
    assert generate.check_provenance(spec, provenance) == []
    rewritten = json.loads(provenance.read_text("utf-8"))
    assert rewritten["source"] == recorded["source"]
    assert rewritten["sha256"] != recorded["sha256"]
    missing = generate.check_provenance(spec, tmp_path / "absent.json")
    assert "missing" in missing[0]


@respx.mock(base_url=BASE)
def test_generated_request_hits_the_documented_path_with_the_key(
    respx_mock: respx.MockRouter,
) -> None:
    body = {"limit": 1, "offset": 0, "total": 1, "items": [DOG], "indexerHeight": 870000}
    route = respx_mock.get(f"/v1/ordinals/address/{ADDRESS}/runes").respond(json=body)
    resp = op.sync_detailed(ADDRESS, client=_client(), offset=0, limit=60)
    assert route.call_count == 1
    request = route.calls.last.request
    assert request.headers[security_header()] == "k-123"
    assert dict(request.url.params) == {"offset": "0", "limit": "60"}
    assert resp.status_code == 200
    assert isinstance(resp.parsed, RuneBalancesPage)


def security_header() -> str:
    schemes = load_spec()["components"]["securitySchemes"]
    (scheme,) = schemes.values()
    assert scheme["in"] == "header"
    return str(scheme["name"])


def test_documented_200_body_parses_and_round_trips() -> None:
    body = {
        "limit": 2,
        "offset": 0,
        "total": 2,
        "items": [DOG, {"runeName": "UNCOMMON•GOODS", "amount": "1", "id": "1:0"}],
        "indexerHeight": 871234,
    }
    page = RuneBalancesPage.from_dict(copy.deepcopy(body))
    assert isinstance(page.items[0], RuneBalanceItem)
    assert page.items[0].rune_name == "DOG•GO•TO•THE•MOON"
    assert page.items[0].amount == "3142748244"
    assert page.to_dict() == body


def test_committed_generated_code_matches_the_spec() -> None:
    assert generate.check() == []


def test_a_spec_change_is_detected(tmp_path: Path) -> None:
    spec = load_spec()
    item = spec["paths"]["/v1/ordinals/address/{address}/runes"]["get"]["responses"]["200"]
    props = item["content"]["application/json"]["schema"]["properties"]["items"]["items"]
    name = fresh("mintable", props["properties"])
    props["properties"][name] = {"type": "boolean"}
    changed = tmp_path / "openapi.json"
    changed.write_text(json.dumps(spec), encoding="utf-8")
    problems = generate.check(spec=changed)
    assert any(p.startswith("_generated/models/rune_balance_item.py") for p in problems), problems
    assert any(
        p.startswith("_sdk/models/get_v1_ordinals_address_address_runes.py") for p in problems
    ), problems


def test_diff_trees_names_missing_extra_and_changed_files(tmp_path: Path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    for d in (a, b):
        (d / "__pycache__").mkdir(parents=True)
        (d / "__pycache__" / "x.pyc").write_bytes(b"ignored")
    (a / "same.py").write_text("x = 1\n")
    (b / "same.py").write_text("x = 1\n")
    (a / "gone.py").write_text("")
    (b / "extra.py").write_text("")
    (a / "edit.py").write_text("x = 1\n")
    (b / "edit.py").write_text("x = 2\n")
    assert generate.diff_trees(a, b) == [
        "edit.py (differs)",
        "extra.py (not generated by the spec)",
        "gone.py (missing)",
    ]


def test_method_names_come_from_the_operation_id_or_the_method_and_path() -> None:
    import sdkgen  # noqa: PLC0415 - scripts/ is on sys.path above

    # the rule documented in sdk.yaml and sdkgen._method_name: the operationId, else the
    # path's words after the resource's own word, the method first unless GET, by_<param>
    # for a path ending in a parameter, the version last unless v1
    name = sdkgen._method_name
    assert name("get", "/v1/runes/{runeId}", None, "runes") == "get_by_rune_id"
    assert name("get", "/v1/runes/{id}/holders", None, "runes") == "holders"
    assert name("get", "/v2/runes/{id}", None, "runes") == "get_by_id_v2"
    assert name("post", "/v1/spark/tokens/metadata/batch", None, "spark") == (
        "post_tokens_metadata_batch"
    )
    assert name("post", "/v1/runes/{runeId}/watch", "watchRune", "runes") == "watch_rune"
    assert name("get", "/v2/x", "getRUNEInfo") == "get_rune_info"
    assert name("delete", "/v1/a-b/{id}", None, "a_b") == "delete_by_id"
    assert sdkgen.default_resource("/v1/ordinals/address/{a}/runes", ["Ordinals", "Runes"]) == (
        "runes"
    )
    assert sdkgen.default_resource("/v2/bitcoin/address/{a}/utxo", []) == "bitcoin"
    assert name("delete", "/v1/a-b/{id}", None, "a") == "delete_a_b_by_id"
