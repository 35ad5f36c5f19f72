"""6. Paging adversaries, once on the generic paging walk: for one paged operation of each
paging style sdk.yaml declares (a total, a has-more flag, neither, offsets in steps; see
``_spec.PAGING_STYLES``), the collecting method gets every item once, in order, with a
bounded number of requests, whatever the server does with limit and offset: honours
them, ignores them, clamps the page size, repeats items inside and across pages, or
announces more for ever. Pages are built from the operation's own 2xx schema, the items'
identities from its declared ``unique`` fields."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest
import respx
from xverse_api import APIError, Xverse
from xverse_api._constants import MAX_PAGES
from xverse_api._operations import get_operation

from ._oracle import example_body
from ._spec import PAGING_STYLES, OperationSpec, collect, paging_style, required_arguments
from ._support import BASE, KEY


def _style_id(op: OperationSpec) -> str:
    total, more, steps = paging_style(op)
    style = "total" if total else "has-more" if more else "neither"
    return f"[{style}{', steps' if steps else ''}] {op.key}"


EACH_STYLE = pytest.mark.parametrize("op", PAGING_STYLES, ids=_style_id)


class Pages:
    """Pages of ``op`` made from its 2xx example body, ``n`` items told apart by their
    declared ``unique`` fields (string fields ``u<i>``, numbers ``i``)."""

    def __init__(self, op: OperationSpec) -> None:
        self.op = op
        self.paging = op.entry["paging"]
        self.status = op.success_statuses[0]
        self.template = example_body(op, self.status)
        items = self.template[self.paging["items"]]
        assert items, f"{op.key}: the example page has no item to copy"
        self.item = items[0]
        decoded = get_operation(op.key).decode(
            httpx.Response(self.status, content=json.dumps(self.template).encode())
        )
        cls = type(getattr(decoded, self.paging["items_attr"])[0])
        self.wire_of = dict(zip(cls.__struct_fields__, cls.__struct_encode_fields__, strict=True))
        unique = self.paging["unique"]
        self.unique = [unique] if isinstance(unique, str) else list(unique)
        by_python = {p.python: p.wire for p in op.params}
        self.offset_wire = by_python[self.paging["offset_param"]]
        self.limit_wire = by_python[self.paging["limit_param"]]
        self.size: int = self.paging["page_size"]
        self.step: int = self.paging.get("step") or 1

    def make(self, i: int) -> dict[str, Any]:
        item = copy.deepcopy(self.item)
        for attr in self.unique:
            wire = self.wire_of[attr]
            item[wire] = f"u{i}" if isinstance(self.item.get(wire), str) else i
        return item

    def key(self, model: Any) -> tuple[Any, ...]:
        return tuple(getattr(model, attr) for attr in self.unique)

    def wire_key(self, item: dict[str, Any]) -> tuple[Any, ...]:
        return tuple(item[self.wire_of[attr]] for attr in self.unique)

    def page(self, items: list[dict[str, Any]], *, total: int, more: bool) -> httpx.Response:
        body = copy.deepcopy(self.template)
        body[self.paging["items"]] = items
        if self.paging.get("total"):
            body[self.paging["total"]] = total
        if self.paging.get("has_more"):
            body[self.paging["has_more"]] = more
        return httpx.Response(self.status, json=body)

    def serve(
        self, n: int, answer: Callable[[int, int, list[dict[str, Any]]], httpx.Response]
    ) -> tuple[list[tuple[Any, ...]], list[tuple[int, int]], list[dict[str, Any]]]:
        """Collect against a server answering ``answer(offset, limit, all items)``;
        returns (the keys collected, the (offset, limit) of each request, all items)."""
        items = [self.make(i) for i in range(n)]
        asked: list[tuple[int, int]] = []

        def respond(request: httpx.Request) -> httpx.Response:
            offset = int(request.url.params.get(self.offset_wire, "0"))
            limit = int(request.url.params[self.limit_wire])
            asked.append((offset, limit))
            return answer(offset, limit, items)

        with respx.mock(base_url=BASE) as router:
            router.route().mock(side_effect=respond)
            with Xverse(api_key=KEY, base_url=BASE, max_retries=0) as client:
                got = collect(client, self.op, **required_arguments(self.op))
        return [self.key(m) for m in got], asked, items


@pytest.fixture
def pages(op: OperationSpec) -> Pages:
    return Pages(op)


@EACH_STYLE
def test_a_faithful_server_is_followed_to_the_end(op: OperationSpec, pages: Pages) -> None:
    n = 2 * pages.size + 3

    def answer(offset: int, limit: int, items: list[dict[str, Any]]) -> httpx.Response:
        chunk = items[offset : offset + limit]
        return pages.page(chunk, total=len(items), more=offset + limit < len(items))

    got, asked, items = pages.serve(n, answer)
    assert got == [pages.wire_key(i) for i in items]
    assert all(limit == pages.size for _, limit in asked)
    assert [o for o, _ in asked][:3] == [0, pages.size, 2 * pages.size]
    assert all(o % pages.step == 0 for o, _ in asked)
    assert len(asked) <= 4  # three pages, and at most one empty answer to end on


@EACH_STYLE
def test_a_server_ignoring_offset_ends_without_duplicates(op: OperationSpec, pages: Pages) -> None:
    def answer(offset: int, limit: int, items: list[dict[str, Any]]) -> httpx.Response:
        return pages.page(items[:limit], total=len(items), more=True)

    got, asked, items = pages.serve(3 * pages.size, answer)
    assert got == [pages.wire_key(i) for i in items[: pages.size]]
    assert len(asked) == 2  # the repeat shows nothing new: the walk ends


@EACH_STYLE
def test_a_server_clamping_the_page_size_loses_nothing_or_stops_off_step(
    op: OperationSpec, pages: Pages
) -> None:
    """Fewer items than asked for: the next offset follows what came (nothing lost);
    where offsets come in steps, a page ending off-step ends the walk (never a request
    at an offset the API refuses)."""
    clamp = 7
    n = 3 * clamp + 2

    def answer(offset: int, limit: int, items: list[dict[str, Any]]) -> httpx.Response:
        chunk = items[offset : offset + min(limit, clamp)]
        return pages.page(chunk, total=len(items), more=offset + len(chunk) < len(items))

    got, asked, items = pages.serve(n, answer)
    assert all(o % pages.step == 0 for o, _ in asked)
    if pages.step > 1:
        assert got == [pages.wire_key(i) for i in items[:clamp]]
        assert len(asked) == 1
    else:
        assert got == [pages.wire_key(i) for i in items]
        assert [o for o, _ in asked][:4] == [0, clamp, 2 * clamp, 3 * clamp]


@EACH_STYLE
def test_duplicates_inside_and_across_pages_are_dropped(op: OperationSpec, pages: Pages) -> None:
    n = pages.size + 5

    def answer(offset: int, limit: int, items: list[dict[str, Any]]) -> httpx.Response:
        start = max(0, offset - 2)  # overlaps the previous page
        chunk = items[start : start + limit]
        chunk = chunk[:1] + chunk  # and repeats an item inside the page
        return pages.page(chunk[:limit], total=len(items), more=start + limit < len(items))

    got, _, items = pages.serve(n, answer)
    assert len(got) == len(set(got))
    assert set(got) <= {pages.wire_key(i) for i in items}
    assert got[0] == pages.wire_key(items[0])


@EACH_STYLE
def test_an_empty_first_page_is_an_empty_collection(op: OperationSpec, pages: Pages) -> None:
    def answer(offset: int, limit: int, items: list[dict[str, Any]]) -> httpx.Response:
        return pages.page([], total=5, more=True)

    got, asked, _ = pages.serve(5, answer)
    assert got == []
    assert len(asked) == 1


def test_a_server_announcing_more_for_ever_is_stopped() -> None:
    """Fresh items on every page and always more to come: the walk stops at MAX_PAGES
    with an APIError that says how to page by hand (one style: the bound is generic)."""
    candidates = [o for o in PAGING_STYLES if not paging_style(o)[2]] or PAGING_STYLES
    if not candidates:
        pytest.skip("the spec declares no paging")
    pages = Pages(candidates[0])
    counter = iter(range(10**9))

    def answer(offset: int, limit: int, items: list[dict[str, Any]]) -> httpx.Response:
        fresh = [pages.make(next(counter)) for _ in range(pages.step)]
        return pages.page(fresh, total=10**12, more=True)

    with pytest.raises(APIError, match=f"{MAX_PAGES} pages"):
        pages.serve(0, answer)
