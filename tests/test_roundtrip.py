"""A maintainer's round trip: change the spec, run `make generate` and nothing else.

The repo's generator and SDK are copied to a temporary folder, ``openapi.json`` there is
replaced by the vendored spec plus realistic changes (an optional field on a balance
item, a new optional query parameter on the v1 operation, a new operation
``GET /v1/runes/{runeId}``; each named so that it collides with nothing the spec
already has), ``scripts/generate.py generate`` runs, and then:
check-generated, ruff and mypy --strict pass in the copy, and a script run against the
copy's SDK and fake shows each change reaching users, sync and async, with retries and
typed errors. Breaking changes either flow through (``amount`` becomes an integer) or
stop generation with a message naming the field and the file to change.
"""

from __future__ import annotations

import copy
import itertools
import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
from xverse_api._sdk.registry import OPERATIONS as REGISTRY

from .conftest import fresh

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
RUNES = "/v1/ordinals/address/{address}/runes"
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

pytestmark = pytest.mark.timeout(600)


def base_spec() -> dict[str, Any]:
    return json.loads((ROOT / "openapi.json").read_text("utf-8"))


def operation_keys(spec: dict[str, Any]) -> list[str]:
    return [
        f"{method.upper()} {path}"
        for path, item in spec["paths"].items()
        for method in item
        if method in HTTP_METHODS
    ]


def unused_token(name: str, keys: list[str]) -> str:
    """``name`` (or ``name2``, ...) such that no operation key contains it: the test ids
    of a fixture operation whose path carries it are then selectable with ``-k``."""
    for i in itertools.count(1):
        token = name if i == 1 else f"{name}{i}"
        if not any(token.lower() in key.lower() for key in keys):
            return token
    raise AssertionError("unreachable")  # pragma: no cover


def fixture_path(token: str, default: str, param: str, keys: list[str]) -> tuple[str, str]:
    """(path, -k token) of a fixture operation: ``default`` when its token is unused by
    the spec, else ``/v1/<fresh token>/{param}``."""
    preferred = unused_token(token, keys)
    if preferred == token:
        return default, token
    fresh_token = unused_token(f"{token}Fixture", keys)
    return f"/v1/{fresh_token}/{{{param}}}", fresh_token


_BASE = base_spec()
_KEYS = operation_keys(_BASE)
_ITEM = _BASE["paths"][RUNES]["get"]["responses"]["200"]["content"]["application/json"]
#: what the round trip adds, named so that nothing collides with what the spec already has
FIELD = fresh("spacedRuneName", _ITEM["schema"]["properties"]["items"]["items"]["properties"])
PARAM = fresh("includePricing", [p["name"] for p in _BASE["paths"][RUNES]["get"]["parameters"]])
NEW_OP, NEW_TOKEN = fixture_path("runeId", "/v1/runes/{runeId}", "runeId", _KEYS)
NEW_KEY = f"GET {NEW_OP}"
#: compared with the registry's method names, underscores dropped
NEW_OPERATION_ID = fresh(
    "getRuneDetails", [str(e["name"]).replace("_", "") for e in REGISTRY.values()]
)


def changed_spec() -> dict[str, Any]:
    spec = base_spec()
    op = spec["paths"][RUNES]["get"]
    item = op["responses"]["200"]["content"]["application/json"]["schema"]["properties"]["items"]
    item["items"]["properties"][FIELD] = {"type": "string"}
    op["parameters"].append(
        {"in": "query", "name": PARAM, "required": False, "schema": {"type": "boolean"}}
    )
    rune = {
        "type": "object",
        "properties": {
            "id": {"type": "string"},
            "name": {"type": "string"},
            "divisibility": {"type": "number"},
            "symbol": {"type": "string"},
            "premine": {"type": "string"},
        },
        "required": ["id", "name"],
    }
    assert NEW_OP not in spec["paths"]
    spec["paths"][NEW_OP] = {
        "get": {
            "tags": ["Runes"],
            "operationId": NEW_OPERATION_ID,
            "summary": "Details of one rune.",
            "parameters": [
                {"in": "path", "name": "runeId", "required": True, "schema": {"type": "string"}}
            ],
            "responses": {
                "200": {
                    "description": "The rune",
                    "content": {"application/json": {"schema": rune}},
                },
                **{
                    status: {
                        "description": text,
                        "content": {"application/json": {"schema": {"type": "string"}}},
                    }
                    for status, text in (
                        ("400", "Invalid input"),
                        ("401", "Unauthorized"),
                        ("404", "Not found"),
                        ("429", "Rate limit exceeded"),
                    )
                },
            },
        }
    }
    return spec


def registry_of(dest: Path) -> dict[str, Any]:
    """The OPERATIONS dict of a copy's generated registry.py (plain data, no imports)."""
    source = (dest / "client/xverse_api/_sdk/registry.py").read_text("utf-8")
    namespace: dict[str, Any] = {}
    exec(compile(source, "registry.py", "exec"), namespace)  # noqa: S102 - our generator's output
    return namespace["OPERATIONS"]  # type: ignore[no-any-return]


def copy_repo(dest: Path, spec: dict[str, Any]) -> Path:
    for name in ("scripts", "client"):
        shutil.copytree(
            ROOT / name, dest / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc")
        )
    for name in ("sdk.yaml", "generator-config.yaml", "openapi.provenance.json", "pyproject.toml"):
        shutil.copy2(ROOT / name, dest / name)
    (dest / "tests").mkdir()
    for name in ("__init__.py", "_models.py", "schemathesis_hooks.py", "strategies.py"):
        shutil.copy2(ROOT / "tests" / name, dest / "tests")
    (dest / "openapi.json").write_text(json.dumps(spec), "utf-8")
    return dest


def run(
    dest: Path, *args: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}"}
    full_env.update(env or {})
    return subprocess.run(  # noqa: S603 - this interpreter and the repo's own scripts
        list(args), cwd=dest, capture_output=True, text=True, env=full_env, check=False
    )


def generate(dest: Path) -> subprocess.CompletedProcess[str]:
    return run(dest, sys.executable, "scripts/generate.py", "generate")


def run_sdk(dest: Path, script: str) -> subprocess.CompletedProcess[str]:
    """``script`` with the copy's package first on sys.path (ahead of the editable install)."""
    return run(
        dest,
        sys.executable,
        "-c",
        textwrap.dedent(script),
        env={"PYTHONPATH": str(dest / "client"), "XVERSE_API_KEY": ""},
    )


USER_SCRIPT = """
import asyncio, inspect, typing, httpx, msgspec
import xverse_api
assert xverse_api.__file__.startswith({client!r}), xverse_api.__file__
from xverse_api import AsyncXverse, NotFoundError, RuneBalance, Xverse
from xverse_api._sdk.registry import OPERATIONS
from xverse_api.testing import DEFAULT_ADDRESS, DEFAULT_API_KEY, FakeXverse, Fault

KEY, FIELD, PARAM = {key!r}, {field!r}, {param!r}
# the Python names the copy's generator gave the changes, read off its registry and models
[PY_PARAM] = [p["python"] for p in OPERATIONS[{runes!r}]["params"] if p["wire"] == PARAM]
[PY_FIELD] = [f.name for f in msgspec.structs.fields(RuneBalance) if f.encode_name == FIELD]
RESOURCE, METHOD = OPERATIONS[KEY]["resource"], OPERATIONS[KEY]["name"]
assert (RESOURCE, METHOD.replace("_", "")) == ("runes", {operation_id!r}.lower()), OPERATIONS[KEY]
fake = FakeXverse()
fake.set_balances(DEFAULT_ADDRESS, [
    {{"runeName": "DOGGOTOTHEMOON", FIELD: "DOG•GO•TO•THE•MOON",
      "amount": "3142748244", "divisibility": 5, "symbol": "D", "id": "840000:3"}},
])
fake.set_answer(KEY, {{"id": "840000:3", "name": "DOGGOTOTHEMOON", "premine": "100"}},
                where={{"runeId": "840000:3"}})
fake.set_answer(KEY, "Not found", status=404, where={{"runeId": "1:1"}})

# the new field is on RuneBalance, with its plain type
assert typing.get_type_hints(RuneBalance)[PY_FIELD] == (str | None)

http = httpx.Client(transport=fake.transport(), base_url="https://fake.test")
with Xverse(DEFAULT_API_KEY, http_client=http, retry_delay=0) as client:
    [b] = client.runes.balances(DEFAULT_ADDRESS, **{{PY_PARAM: True}})
    assert getattr(b, PY_FIELD) == "DOG•GO•TO•THE•MOON" and b.amount == 3142748244, b
    assert f"{{PARAM}}=true" in fake.requests[-1].query, fake.requests[-1].query
    page = client.runes.balances_page(DEFAULT_ADDRESS, **{{PY_PARAM: False}})
    assert f"{{PARAM}}=false" in fake.requests[-1].query
    many = client.runes.balances_many([DEFAULT_ADDRESS], **{{PY_PARAM: True}})
    assert len(many[DEFAULT_ADDRESS]) == 1
    # the new operation: typed method and registry, retries and typed errors
    get_rune = getattr(client.runes, METHOD)
    fake.add_fault(Fault.html(502), times=1)
    rune = get_rune("840000:3")
    assert (rune.id, rune.name, rune.premine) == ("840000:3", "DOGGOTOTHEMOON", "100"), rune
    assert fake.requests[-2].status == 502 and fake.requests[-1].status == 200
    assert client.operations[KEY](rune_id="840000:3") == rune
    raw = getattr(client.runes.with_raw_response, METHOD)("840000:3")
    assert raw.status_code == 200 and raw.parse() == rune
    try:
        get_rune("1:1")
    except NotFoundError as exc:
        assert exc.status_code == 404
    else:
        raise AssertionError("404 did not raise NotFoundError")
    assert fake.requests[-1].header("x-api-key") == "[redacted]"

async def main() -> None:
    ahttp = httpx.AsyncClient(transport=fake.async_transport(), base_url="https://fake.test")
    async with AsyncXverse(DEFAULT_API_KEY, http_client=ahttp, retry_delay=0) as client:
        call = client.operations[KEY]
        assert inspect.iscoroutinefunction(call)
        fake.add_fault(Fault.error(500), times=1)
        rune = await call(rune_id="840000:3")
        assert rune.premine == "100"
        assert (await getattr(client.runes, METHOD)("840000:3")) == rune
        [b] = await client.runes.balances(DEFAULT_ADDRESS, **{{PY_PARAM: True}})
        assert getattr(b, PY_FIELD)
        try:
            await getattr(client.runes, METHOD)("1:1")
        except NotFoundError:
            pass
        else:
            raise AssertionError("404 did not raise NotFoundError (async)")

asyncio.run(main())
print("round trip ok")
"""


@pytest.fixture(scope="module")
def regenerated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    dest = copy_repo(tmp_path_factory.mktemp("roundtrip"), changed_spec())
    proc = generate(dest)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return dest


def test_make_generate_alone_carries_the_changes_to_users(regenerated: Path) -> None:
    script = USER_SCRIPT.format(
        client=str(regenerated / "client"),
        key=NEW_KEY,
        field=FIELD,
        param=PARAM,
        runes=f"GET {RUNES}",
        operation_id=NEW_OPERATION_ID,
    )
    proc = run_sdk(regenerated, script)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "round trip ok" in proc.stdout


def test_the_regenerated_copy_passes_check_lint_and_types(regenerated: Path) -> None:
    check = run(regenerated, sys.executable, "scripts/generate.py", "check")
    assert check.returncode == 0, check.stdout + check.stderr
    lint = run(regenerated, str(BIN / "ruff"), "check", "--no-cache", "client", "scripts")
    assert lint.returncode == 0, lint.stdout + lint.stderr
    types = run(
        regenerated,
        str(BIN / "mypy"),
        "--no-incremental",
        "--cache-dir",
        os.devnull,
        "client/xverse_api",
        env={"MYPYPATH": str(regenerated / "client")},
    )
    assert types.returncode == 0, types.stdout + types.stderr
    # the new operation reached the registry, the resources and the typed models
    registry = registry_of(regenerated)
    assert set(registry) == {*REGISTRY, NEW_KEY}
    name = registry[NEW_KEY]["name"]
    assert name.replace("_", "") == NEW_OPERATION_ID.lower()
    resources = (regenerated / "client/xverse_api/_sdk/resources.py").read_text("utf-8")
    assert f"def {name}(self, rune_id: str)" in resources


def test_a_spec_edited_without_regenerating_fails_check_generated(tmp_path: Path) -> None:
    dest = copy_repo(tmp_path, base_spec())
    (dest / "client/xverse_api/_generated").exists()  # copied as committed
    (dest / "openapi.json").write_text(json.dumps(changed_spec()), "utf-8")
    proc = run(dest, sys.executable, "scripts/generate.py", "check")
    assert proc.returncode == 1
    assert "sha256" in proc.stderr, proc.stderr
    assert "registry.py" in proc.stderr, proc.stderr


def test_amount_becoming_an_integer_flows_through(tmp_path: Path) -> None:
    spec = base_spec()
    schema = spec["paths"][RUNES]["get"]["responses"]["200"]["content"]["application/json"]
    schema["schema"]["properties"]["items"]["items"]["properties"]["amount"] = {"type": "integer"}
    dest = copy_repo(tmp_path, spec)
    assert generate(dest).returncode == 0
    proc = run_sdk(
        dest,
        """
        import msgspec
        from xverse_api import RuneBalancePage, APIResponseValidationError
        from xverse_api._operations import get_operation, BodyError
        import httpx
        op = get_operation("GET /v1/ordinals/address/{address}/runes")
        def page(amount):
            body = {"limit": 1, "offset": 0, "total": 1, "indexerHeight": 1,
                    "items": [{"runeName": "A", "id": "1:0", "amount": amount}]}
            return httpx.Response(200, content=msgspec.json.encode(body))
        assert op.decode(page(2**128 - 1)).items[0].amount == 2**128 - 1
        try:
            op.decode(page("5"))
        except BodyError as exc:
            assert "amount" in str(exc), exc
        else:
            raise AssertionError("a string amount was accepted after the spec said integer")
        print("integer amount ok")
        """,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


@pytest.mark.parametrize(
    ("change", "named"),
    [
        ("remove-divisibility", "divisibility"),
        ("amount-boolean", "amount"),
        ("remove-total", "total"),
    ],
)
def test_breaking_changes_stop_generation_naming_field_and_file(
    tmp_path: Path, change: str, named: str
) -> None:
    spec = copy.deepcopy(base_spec())
    page = spec["paths"][RUNES]["get"]["responses"]["200"]["content"]["application/json"]
    item = page["schema"]["properties"]["items"]["items"]
    if change == "remove-divisibility":
        del item["properties"]["divisibility"]
    elif change == "amount-boolean":
        item["properties"]["amount"] = {"type": "boolean"}
    else:
        del page["schema"]["properties"]["total"]
        page["schema"]["required"].remove("total")
    dest = copy_repo(tmp_path, spec)
    proc = generate(dest)
    assert proc.returncode != 0
    assert named in proc.stderr, proc.stderr
    assert "sdk.yaml" in proc.stderr, proc.stderr


def test_required_becoming_optional_flows_through(tmp_path: Path) -> None:
    spec = base_spec()
    page = spec["paths"][RUNES]["get"]["responses"]["200"]["content"]["application/json"]
    page["schema"]["properties"]["items"]["items"]["required"].remove("runeName")
    dest = copy_repo(tmp_path, spec)
    assert generate(dest).returncode == 0
    proc = run_sdk(
        dest,
        """
        import typing
        import httpx, msgspec
        from xverse_api import RuneBalance
        from xverse_api._operations import get_operation
        assert typing.get_type_hints(RuneBalance)["rune_name"] == (str | None)
        body = {"limit": 1, "offset": 0, "total": 1, "indexerHeight": 1,
                "items": [{"id": "1:0", "amount": "7"}]}
        op = get_operation("GET /v1/ordinals/address/{address}/runes")
        page = op.decode(httpx.Response(200, content=msgspec.json.encode(body)))
        assert page.items[0].rune_name is None and page.items[0].amount == 7
        print("optional ok")
        """,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_schemathesis_checks_all_against_the_regenerated_fake(regenerated: Path) -> None:
    """The fake of the copy answers the new operation and the changed one, and
    schemathesis --checks all finds nothing against them (the changed spec; the others
    are unchanged, and tests/test_testing.py runs schemathesis on every operation)."""
    proc = run(
        regenerated,
        sys.executable,
        "scripts/schemathesis_fake.py",
        "--max-examples",
        "25",
        "--include-path",
        RUNES,
        "--include-path",
        NEW_OP,
        env={"PYTHONPATH": str(regenerated / "client")},
    )
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    count = len(REGISTRY) + 1
    assert f"Selected: 2/{count}" in proc.stdout, proc.stdout[-2000:]
