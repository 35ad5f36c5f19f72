"""Vendor the provider's documented API: ``openapi.json`` and its per-operation provenance.

``python scripts/vendor_docs.py [SHARED_SPEC_DIR]`` (default ``../shared/spec``) writes

``openapi.json``             the seed's verbatim v1 operation (``SHARED/openapi.json``)
                             plus every other operation recovered from the provider's
                             docs pages (``SHARED/xverse-docs/openapi.json``)
``openapi.provenance.json``  per operation: its source page(s), whether its JSON block was
                             complete, cut or absent, which JSON pointers are the
                             provider's verbatim text and which were reconstructed (and
                             from what); pointers are relative to the operation object

Run once per new harvest; ``make generate`` then records the sha256. The day the provider
publishes its whole spec, replace ``openapi.json`` with it, mark every operation
``"json_block": "complete"`` with ``"verbatim": [""]`` (or delete ``operations``: an
operation with no entry counts as verbatim) and run ``make generate``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def _pointer(path: str, method: str) -> str:
    return "/paths/" + path.replace("~", "~0").replace("/", "~1") + "/" + method


def _relative(pointers: list[str], prefix: str, ancestors: bool) -> list[str]:
    """``pointers`` at or below the operation, relative to it; with ``ancestors`` a pointer
    above the operation (a whole verbatim document) counts as the whole operation."""
    out = []
    for p in pointers:
        if p == prefix or p.startswith(prefix + "/"):
            out.append(p[len(prefix) :])
        elif ancestors and (p == "" or prefix.startswith(p + "/")):
            out.append("")
    return sorted(set(out))


def vendor(shared: Path) -> tuple[dict[str, Any], dict[str, Any]]:
    seed = json.loads((shared / "openapi.json").read_text("utf-8"))
    docs = json.loads((shared / "xverse-docs" / "openapi.json").read_text("utf-8"))
    spec = dict(docs)
    spec["paths"] = dict(docs["paths"])
    for path, item in seed["paths"].items():  # the seed's operation, unchanged
        spec["paths"][path] = item
    operations: dict[str, Any] = {}
    for frag in sorted((shared / "xverse-docs" / "ops").glob("*.provenance.json")):
        prov = json.loads(frag.read_text("utf-8"))
        key = prov["operation"]
        method, path = key.split(" ", 1)
        prefix = _pointer(path, method.lower())
        seeded = path in seed["paths"]
        operations[key] = {
            "section": prov.get("section"),
            "sources": [s["url"] for s in prov.get("sources", [])],
            "json_block": "complete" if seeded else prov.get("json_block"),
            "verbatim": [""]
            if seeded
            else _relative(prov.get("verbatim_subtrees", []), prefix, True),
            "reconstructed": []
            if seeded
            else [
                {"pointer": rel, "from": r.get("from", "")}
                for r in prov.get("reconstructed", [])
                for rel in _relative([r["pointer"]], prefix, False)
            ],
        }
    for path, item in spec["paths"].items():
        for method in METHODS:
            if method in item and f"{method.upper()} {path}" not in operations:
                raise SystemExit(f"no provenance for {method.upper()} {path}")
    return spec, operations


def main(argv: list[str]) -> int:
    shared = Path(argv[1]) if len(argv) > 1 else ROOT.parent / "shared" / "spec"
    spec, operations = vendor(shared)
    (ROOT / "openapi.json").write_text(json.dumps(spec, indent=2, ensure_ascii=False) + "\n")
    prov_path = ROOT / "openapi.provenance.json"
    prov = json.loads(prov_path.read_text("utf-8")) if prov_path.exists() else {}
    prov["source"] = (
        "https://docs.xverse.app/api/runes/runes-by-address/v1-rune-balances (the v1 rune "
        "balances block, verbatim) and the provider's other docs pages, one per operation "
        "(see `operations`)"
    )
    prov["operations"] = dict(sorted(operations.items()))
    prov_path.write_text(json.dumps(prov, indent=2, ensure_ascii=False) + "\n", "utf-8")
    print(f"vendored {len(operations)} operations into openapi.json")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
