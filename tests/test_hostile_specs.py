"""An untrusted spec through ``make generate``: it generates a safe client or stops with a
message naming the problem; no text from openapi.json or sdk.yaml ever runs as code.

Two kinds of check, both on a small spec (the vendored v1 operation) so they stay cheap:

- refusals and rewrites run the SDK-layer generator in-process (scripts/sdkgen.py on the
  spec as scripts/specread.py normalises it), one hostile change at a time;
- code injection runs the whole ``make generate`` path (openapi-python-client and
  sdkgen) once on a spec carrying every payload at once, then imports the generated
  package in a fresh interpreter and calls the poisoned operation against the fake: a
  payload that ran would have written the marker file.
"""

from __future__ import annotations

import ast
import copy
import io
import json
import os
import shutil
import subprocess
import sys
import textwrap
import tokenize
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import sdkgen  # noqa: E402
import specread  # noqa: E402

RUNES = "/v1/ordinals/address/{address}/runes"
CONFIG = ROOT / "generator-config.yaml"


def small_spec() -> dict[str, Any]:
    spec = json.loads((ROOT / "openapi.json").read_text("utf-8"))
    spec["paths"] = {RUNES: spec["paths"][RUNES]}
    return spec


def small_sdk() -> dict[str, Any]:
    sdk = yaml.safe_load((ROOT / "sdk.yaml").read_text("utf-8"))
    sdk["operations"] = {k: v for k, v in sdk["operations"].items() if k == f"GET {RUNES}"}
    sdk["models"] = {
        k: v for k, v in sdk["models"].items() if k in ("RuneBalanceItem", "RuneBalancesPage")
    }
    return sdk


def sdk_layer(
    tmp_path: Path,
    spec: dict[str, Any],
    sdk: dict[str, Any],
    provenance: dict[str, Any] | None = None,
) -> dict[str, str]:
    """The SDK layer's sources for ``spec`` and ``sdk`` (raises SpecError on a refusal)."""
    raw = tmp_path / "openapi.json"
    raw.write_text(json.dumps(spec), "utf-8")
    norm = tmp_path / "normalised.json"
    specread.normalised_file(raw, norm)
    sdk_path = tmp_path / "sdk.yaml"
    sdk_path.write_text(yaml.safe_dump(sdk), "utf-8")
    prov_path = tmp_path / "openapi.provenance.json"
    prov_path.write_text(json.dumps(provenance or {}), "utf-8")
    return sdkgen.generate(norm, CONFIG, sdk_path, prov_path)


def op(spec: dict[str, Any]) -> dict[str, Any]:
    return spec["paths"][RUNES]["get"]


def item_schema(spec: dict[str, Any]) -> dict[str, Any]:
    body = op(spec)["responses"]["200"]["content"]["application/json"]["schema"]
    return body["properties"]["items"]["items"]


# --- refusals: each names the problem and where to act ---------------------------------


def _tag(spec: dict[str, Any], sdk: dict[str, Any], name: str) -> None:
    del sdk["operations"][f"GET {RUNES}"]["resource"]
    op(spec)["tags"] = [name]


def _operation_id(spec: dict[str, Any], sdk: dict[str, Any], name: str) -> None:
    sdk["operations"][f"GET {RUNES}"].pop("name")
    sdk["operations"][f"GET {RUNES}"].pop("paging")
    op(spec)["operationId"] = name


def _field(spec: dict[str, Any], sdk: dict[str, Any], name: str) -> None:
    item_schema(spec)["properties"][name] = {"type": "string"}


REFUSED = {
    "tag shadows client.network": (_tag, "network", "resource"),
    "tag shadows client.close": (_tag, "close", "resource"),
    "tag shadows client.operations": (_tag, "operations", "resource"),
    "tag is a keyword as a class": (_tag, "true", "class name"),
    "operationId shadows with_raw_response": (_operation_id, "withRawResponse", "method name"),
    "field shadows a declared helper": (_field, "decimalAmount", "decimalAmount"),
    "field shadows to_dict": (_field, "toDict", "toDict"),
    "two fields become one name": (_field, "rune_name", "both become"),
}


@pytest.mark.parametrize("case", REFUSED)
def test_a_name_that_would_shadow_or_break_stops_generation(tmp_path: Path, case: str) -> None:
    change, value, said = REFUSED[case]
    spec, sdk = small_spec(), small_sdk()
    change(spec, sdk, value)
    with pytest.raises(specread.SpecError, match=said) as info:
        sdk_layer(tmp_path, spec, sdk)
    assert "sdk.yaml" in str(info.value) or "openapi.json" in str(info.value)


@pytest.mark.parametrize(
    ("decl", "said"),
    [
        ({"name": "__import__('os')"}, "cannot be a Python name"),
        ({"name": "_private"}, "cannot be a Python name"),
        ({"resource": "a b"}, "cannot be a Python name"),
        ({"resource": "True"}, "cannot be a Python name"),
    ],
)
def test_sdk_yaml_names_are_checked_identifiers(
    tmp_path: Path, decl: dict[str, str], said: str
) -> None:
    spec, sdk = small_spec(), small_sdk()
    sdk["operations"][f"GET {RUNES}"].update(decl)
    with pytest.raises(specread.SpecError, match=said):
        sdk_layer(tmp_path, spec, sdk)


def test_a_model_name_taken_by_another_schema_stops_generation(tmp_path: Path) -> None:
    spec, sdk = small_spec(), small_sdk()
    spec.setdefault("components", {})["schemas"] = {
        "RuneBalance": {"type": "object", "properties": {"other": {"type": "integer"}}}
    }
    spec["paths"]["/v1/other"] = {
        "get": {
            "responses": {
                "200": {
                    "description": "ok",
                    "content": {
                        "application/json": {"schema": {"$ref": "#/components/schemas/RuneBalance"}}
                    },
                }
            }
        }
    }
    with pytest.raises(specread.SpecError, match=r"both become the class RuneBalance"):
        sdk_layer(tmp_path, spec, sdk)


@pytest.mark.parametrize("number", ["1e400", "-1e400", "NaN", "Infinity"])
def test_a_non_finite_number_stops_generation(tmp_path: Path, number: str) -> None:
    text = json.dumps(small_spec()).replace('"default": 60', f'"default": {number}', 1)
    assert number in text
    path = tmp_path / "openapi.json"
    path.write_text(text, "utf-8")
    with pytest.raises(specread.SpecError, match=r"finite|JSON does not allow"):
        specread.load(path)


@pytest.mark.parametrize(
    ("where", "said"),
    [("cookie", "cookie parameter"), ("multipart/form-data", "request body")],
)
def test_what_the_sdk_cannot_send_stops_with_the_sdk_yaml_line(
    tmp_path: Path, where: str, said: str
) -> None:
    spec, sdk = small_spec(), small_sdk()
    if where == "cookie":
        op(spec)["parameters"].append({"in": "cookie", "name": "session", "schema": {}})
    else:
        op(spec)["requestBody"] = {"content": {where: {"schema": {"type": "object"}}}}
    with pytest.raises(specread.SpecError, match=said) as info:
        sdk_layer(tmp_path, spec, sdk)
    assert "skip: true" in str(info.value)
    sdk["operations"][f"GET {RUNES}"] = {"skip": True}
    sdk["models"] = {}  # its models go with it
    files = sdk_layer(tmp_path, spec, sdk)  # skipped as told: it generates
    assert f"GET {RUNES}" not in files["registry.py"]


def test_a_bad_status_key_stops_generation_and_a_range_is_taken(tmp_path: Path) -> None:
    spec, sdk = small_spec(), small_sdk()
    responses = op(spec)["responses"]
    responses["2XX"] = responses.pop("200")
    files = sdk_layer(tmp_path, spec, sdk)
    module = files["models/get_v1_ordinals_address_address_runes.py"]
    assert "RuneBalancePage" in module.split("RESPONSE_TYPES")[1]
    responses["2xx-ish"] = responses["400"]
    with pytest.raises(specread.SpecError, match="not an HTTP status"):
        sdk_layer(tmp_path, spec, sdk)


def test_path_parameter_defaults_are_normalised_away() -> None:
    spec = small_spec()
    path_param = next(p for p in op(spec)["parameters"] if p["in"] == "path")
    assert "default" in path_param["schema"]  # the provider's own text has one
    normalised, notes = specread.normalise(spec)
    out = next(p for p in normalised["paths"][RUNES]["get"]["parameters"] if p["in"] == "path")
    assert "default" not in out["schema"]
    assert out["schema"]["example"] == path_param["schema"]["default"]
    assert out["required"] is True
    assert any(n.startswith("path-default:") for n in notes)
    assert "default" in path_param["schema"]  # the input is not edited


def test_integer_enums_and_mixed_unions_get_types_that_decode(tmp_path: Path) -> None:
    spec, sdk = small_spec(), small_sdk()
    props = item_schema(spec)["properties"]
    props["kind"] = {"type": "integer", "enum": [1, 2, 3]}
    props["extra"] = {
        "anyOf": [
            {"type": "object", "additionalProperties": True},
            {"type": "object", "properties": {"a": {"type": "string"}}},
        ]
    }
    source = sdk_layer(tmp_path, spec, sdk)["models/get_v1_ordinals_address_address_runes.py"]
    assert "kind: int | None" in source
    assert "extra: Any" in source


def test_a_spec_without_servers_writes_typed_constants(tmp_path: Path) -> None:
    spec, sdk = small_spec(), small_sdk()
    spec.pop("servers")
    registry = sdk_layer(tmp_path, spec, sdk)["registry.py"]
    assert "SERVERS: Final[list[str]] = []" in registry


# --- injection: nothing from the spec or sdk.yaml runs ----------------------------------

PAYLOAD = "__import__('pathlib').Path({marker!r}).write_text('ran')"


def poisoned(marker: Path) -> tuple[dict[str, Any], dict[str, Any]]:
    code = PAYLOAD.format(marker=str(marker))
    escape = f'"""\n{code}\n"""'
    spec, sdk = small_spec(), small_sdk()
    o = op(spec)
    o["summary"] = f"Balances {escape}"
    o["description"] = f"\\ {escape} \\"
    o["parameters"][0]["description"] = escape
    o["parameters"].append(
        {
            "in": "query",
            "name": "mode",
            "schema": {"type": "string", "default": escape, "maxLength": 10_000},
        }
    )
    item = item_schema(spec)
    item["description"] = escape
    item["properties"]["runeName"]["description"] = escape
    spec["info"]["description"] = escape
    spec["tags"] = [{"name": "Ordinals", "description": escape}]
    spec["paths"][f'/v1/x"""{code}#/{{address}}'] = {
        "get": {
            "description": escape,
            "parameters": [{"in": "path", "name": "address", "required": True, "schema": {}}],
            "responses": {"200": {"description": escape}},
        }
    }
    sdk["operations"][f"GET {RUNES}"]["doc"] = escape
    sdk["models"]["RuneBalanceItem"]["doc"] = escape
    return spec, sdk


@pytest.mark.timeout(300)
def test_no_spec_or_sdk_yaml_text_runs_as_code(tmp_path: Path) -> None:
    marker = tmp_path / "MARKER"
    copy_root = tmp_path / "repo"
    shutil.copytree(ROOT / "scripts", copy_root / "scripts")
    shutil.copytree(
        ROOT / "client",
        copy_root / "client",
        ignore=shutil.ignore_patterns("__pycache__", "_generated", "_sdk"),
    )
    for name in ("generator-config.yaml", "pyproject.toml"):
        shutil.copy(ROOT / name, copy_root / name)
    spec, sdk = poisoned(marker)
    (copy_root / "openapi.json").write_text(json.dumps(spec, indent=1), "utf-8")
    (copy_root / "sdk.yaml").write_text(yaml.safe_dump(sdk), "utf-8")
    env = {**os.environ, "PYTHONPATH": str(copy_root / "client")}
    gen = subprocess.run(  # noqa: S603 - this interpreter and the repo's own script
        [sys.executable, str(copy_root / "scripts" / "generate.py"), "generate"],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert gen.returncode == 0, gen.stdout + gen.stderr
    assert not marker.exists()
    script = textwrap.dedent(
        f"""
        import httpx, xverse_api, xverse_api.testing as t
        assert xverse_api.__file__.startswith({str(copy_root)!r}), xverse_api.__file__
        fake = t.FakeXverse()
        with xverse_api.Xverse(t.DEFAULT_API_KEY,
                               http_client=httpx.Client(transport=fake.transport())) as c:
            for key in c.operations:
                fn = c.operations[key]
                help(fn)
            page = c.runes.balances_page(t.DEFAULT_ADDRESS)
            print(type(page).__name__, len(page.items))
            import xverse_api._sdk.models as m
            help(m)
        """
    )
    run = subprocess.run(  # noqa: S603 - this interpreter and a script of this test
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        check=False,
    )
    assert run.returncode == 0, run.stderr[-3000:]
    assert "RuneBalancePage" in run.stdout
    assert not marker.exists(), "text from the spec ran as code"
    for source in (copy_root / "client" / "xverse_api" / "_sdk").glob("*.py"):
        assert "__import__('pathlib')" not in source.read_text("utf-8").replace(
            "\\'", "'"
        ) or _only_in_literals(source)


def _only_in_literals(source: Path) -> bool:
    """The payload may appear only inside string literals (docstrings, registry data)."""
    text = source.read_text("utf-8")
    ast.parse(text)
    for tok in tokenize.generate_tokens(io.StringIO(text).readline):
        if tok.type == tokenize.NAME and tok.string == "__import__":
            return False
    return True


def test_text_and_literal_helpers_cannot_be_closed_early() -> None:
    nasty = 'a"""b\\"\n\x00\u2028c'
    doc = specread.text(nasty)
    assert '"' not in doc
    assert "\\" not in doc
    assert doc.isprintable()
    assert compile(f'"""{doc}"""', "x", "eval")
    for value in ("x'\"", ["a", {"b": None}], 10**40, -1.5, True):
        assert eval(specread.literal(value)) == value  # noqa: S307 - the literal's own check
    with pytest.raises(specread.SpecError):
        specread.literal(float("inf"))
    assert copy.deepcopy(nasty) == nasty


def test_reconstructed_fields_are_lenient_and_never_required(tmp_path: Path) -> None:
    """Where openapi.provenance.json says a part of a 2xx schema was reconstructed, its
    fields decode whatever comes (checked, with a warning, in __post_init__) and may be
    missing; verbatim parts stay strict and required."""
    spec, sdk = small_spec(), small_sdk()
    sdk["operations"][f"GET {RUNES}"].pop("paging")
    item = item_schema(spec)
    item["properties"]["guessed"] = {"type": "integer"}
    item["required"] = [*item["required"], "guessed"]
    items = "/responses/200/content/application~1json/schema/properties/items/items"
    verbatim = [f"{items}/properties/{name}" for name in item["properties"] if name != "guessed"]
    verbatim += ["/responses/200/content/application~1json/schema/properties/limit"]
    provenance = {
        "operations": {
            f"GET {RUNES}": {"json_block": "cut", "verbatim": verbatim, "reconstructed": []}
        }
    }
    source = sdk_layer(tmp_path, spec, sdk, provenance)[
        "models/get_v1_ordinals_address_address_runes.py"
    ]
    body = source.split("class RuneBalance(")[1].split("\nclass ")[0]
    assert "guessed: Any = None" in body  # lenient on the wire, optional
    assert "guessed: int | None = None" in body  # what users see
    assert "lenient(" in body
    assert "rune_name: str\n" in body  # verbatim: strict and required
