"""What tests need to know about the generated msgspec models, read off the models.

A test pins the fields it knows by name; every other field (one a spec change added)
is checked here against the model's own metadata, so an additive spec change neither
breaks the test nor goes unchecked.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import msgspec


def other_fields(
    cls: type[msgspec.Struct], pinned: Iterable[str], wire: Mapping[str, Any]
) -> dict[str, Any]:
    """Python name -> the value ``to_dict()`` gives for each field of ``cls`` that is not
    in ``pinned``: the wire value when ``wire`` (a JSON object) has the field's key,
    else the field's default (a required field the test does not pin is an error)."""
    known = set(pinned)
    out: dict[str, Any] = {}
    for info in msgspec.structs.fields(cls):
        if info.name in known:
            continue
        if info.encode_name in wire:
            out[info.name] = wire[info.encode_name]
        else:
            assert not info.required, f"{cls.__name__}.{info.name} is required: pin it"
            out[info.name] = (
                info.default_factory() if info.default is msgspec.NODEFAULT else info.default
            )
    return out
