"""The README's quickstart as a script; `make typecheck` holds it to mypy --strict.

Try it with no key, against the fake API on 127.0.0.1 (started and stopped here)::

    python examples/quickstart.py --fake          # or: make quickstart

Against the real API, with your key and your addresses::

    XVERSE_API_KEY=... python examples/quickstart.py ADDRESS [ADDRESS ...]

Exit code 0 when every address answered, 1 when some failed, 2 for a usage error.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import sys
from collections.abc import Iterator, Sequence
from decimal import Decimal, localcontext

from xverse_api import (
    AsyncXverse,
    RateLimitError,
    RuneBalance,
    RuneBalances,
    Xverse,
    XverseError,
)
from xverse_api.testing import DEFAULT_ADDRESS, EMPTY_ADDRESS, MANY_RUNES_ADDRESS, FakeXverse

#: What ``--fake`` looks up when no address is given: addresses the fake holds.
FAKE_ADDRESSES = (DEFAULT_ADDRESS, MANY_RUNES_ADDRESS, EMPTY_ADDRESS)
DOG = "840000:3"  # DOG•GO•TO•THE•MOON's rune id (BLOCK:TX)


def show(address: str, *, api_key: str | None = None, base_url: str | None = None) -> None:
    """Every balance of one address, one page, and exact arithmetic on an amount."""
    # api_key=None: the key comes from $XVERSE_API_KEY; base_url=None: the mainnet API
    with Xverse(api_key, base_url=base_url) as client:
        balances: RuneBalances = client.runes.balances(address)  # every page
        print(f"{address} at block {balances.indexer_height}: {len(balances)} runes")
        for b in balances[:5]:
            raw: int = b.amount  # exact u128
            exact: Decimal = b.decimal_amount  # exact, whatever the decimal context
            print(f"  {b.rune_name:<26} {b.rune_id:<12} {b}  (raw {raw}, {exact})")
        dog: RuneBalance | None = balances.get(DOG)
        if dog is not None:
            with localcontext(prec=80):  # arithmetic on 39-digit amounts needs > 28 digits
                doubled = dog.decimal_amount * 2
            print(f"  twice the DOG: {doubled}")
        page = client.runes.balances_page(address, offset=0, limit=60)  # exactly one request
        print(f"  first page: {len(page.items)} of {page.total}")


async def many(
    addresses: Sequence[str], *, api_key: str | None = None, base_url: str | None = None
) -> int:
    """Many addresses at once; the number that failed."""
    async with AsyncXverse(api_key, base_url=base_url, rate_limit=2.0) as client:  # ~2/s
        results = await client.runes.balances_many(addresses, concurrency=8)
    failures = 0
    for address, result in results.items():  # input order; one failure never loses the others
        if isinstance(result, RateLimitError):
            print(f"{address}: rate limited, retry in {result.retry_after} s")
            failures += 1
        elif isinstance(result, XverseError):
            print(f"{address}: failed: {result}")
            failures += 1
        else:
            print(f"{address}: {len(result)} runes at block {result.indexer_height}")
    return failures


@contextlib.contextmanager
def fake_api() -> Iterator[tuple[str, str]]:
    """The fake API served on 127.0.0.1: yields its base URL and key; stops it on exit."""
    fake = FakeXverse()  # seeded with a realistic default data set
    with fake.serve() as base_url:
        yield base_url, fake.api_key


def run(addresses: Sequence[str], *, api_key: str | None, base_url: str | None) -> int:
    try:
        show(addresses[0], api_key=api_key, base_url=base_url)
        failures = asyncio.run(many(addresses, api_key=api_key, base_url=base_url))
    except XverseError as exc:  # e.g. no key, a malformed first address, a refused key
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 1 if failures else 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python examples/quickstart.py",
        description="Look up rune balances with xverse-api.",
    )
    parser.add_argument("addresses", nargs="*", metavar="ADDRESS", help="Bitcoin addresses")
    parser.add_argument(
        "--fake",
        action="store_true",
        help="run against the fake API on 127.0.0.1 (no key needed; default: its addresses)",
    )
    args = parser.parse_args(argv)
    if args.fake:
        addresses = args.addresses or list(FAKE_ADDRESSES)
        with fake_api() as (base_url, key):
            print(f"fake Xverse API at {base_url} (seeded test data, key {key!r})\n")
            code = run(addresses, api_key=key, base_url=base_url)
        print("\nthe fake API is stopped")
        return code
    if not args.addresses:
        parser.error("give at least one address, or --fake to try it against the fake API")
    return run(args.addresses, api_key=None, base_url=None)


if __name__ == "__main__":
    sys.exit(main())
