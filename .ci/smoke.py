"""A few seconds' proof that an installed xverse-api works with the dependency versions
installed beside it: .ci/run runs it in a venv with the lowest versions pyproject.toml
allows (.ci/constraints-lowest.txt) and in one with the newest. Run from an empty folder,
so the package comes from the venv, not the checkout.

Sync and async calls, paging, a typed error and retries against the packaged fake (in
process and over a real socket), the models' exact amounts, and the command line.
"""

from __future__ import annotations

import asyncio
import contextlib
import io
import json
from importlib.metadata import version

import httpx
import xverse_api
from xverse_api import AsyncXverse, NotFoundError, Xverse, testing
from xverse_api.cli import main as cli_main


def main() -> None:
    fake = testing.FakeXverse(honour_paging=True)
    fake.add_fault(testing.Fault.html(502), times=1)
    http = httpx.Client(transport=fake.transport(), base_url="http://fake.test")
    with Xverse(testing.DEFAULT_API_KEY, http_client=http, retry_delay=0) as client:
        balances = client.runes.balances(testing.MANY_RUNES_ADDRESS)  # 3 pages and a 502
        assert len(balances) == testing.MANY_RUNES_COUNT, len(balances)
        dog = client.runes.balances(testing.DEFAULT_ADDRESS)["840000:3"]
        assert str(dog.decimal_amount) == "31427.48244", dog
        assert client.runes.info("840000:3").divisibility == 5
    fake.add_fault(testing.Fault.error(404))
    with fake.serve() as base_url:

        async def run() -> int:
            async with AsyncXverse(testing.DEFAULT_API_KEY, base_url=base_url) as client:
                with contextlib.suppress(NotFoundError):
                    await client.runes.balances(testing.DEFAULT_ADDRESS)
                    raise AssertionError("the queued 404 was not raised")
                found = await client.runes.balances_many(list(testing.DEFAULT_ADDRESSES))
                return sum(len(r) for r in found.values())

        assert asyncio.run(run()) == 159
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            code = cli_main(
                [
                    "runes",
                    "--base-url",
                    base_url,
                    "--api-key",
                    testing.DEFAULT_API_KEY,
                    "--format",
                    "json",
                    testing.DEFAULT_ADDRESS,
                ]
            )
        assert code == 0, code
        assert json.loads(out.getvalue())["results"][0]["balances"][0]["rune_id"] == "840000:3"
    deps = ", ".join(
        f"{name} {version(name)}" for name in ("httpx", "attrs", "msgspec", "click", "rich")
    )
    print(f"xverse-api {xverse_api.__version__} works with {deps}")


if __name__ == "__main__":
    main()
