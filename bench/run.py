"""`make bench`: what the SDK costs over its baselines, as ratios measured side by side.

Every row runs its candidate and its baseline in the same run, interleaved, and reports
candidate / baseline. Servers are the package's fake API in a separate process on
127.0.0.1, so the client's CPU time is the client's alone. Prints one table, writes it to
bench/RESULTS.md, and exits 1 if a ratio misses its target. Nothing here is a test.
"""

from __future__ import annotations

import asyncio
import gc
import json
import os
import statistics
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "RESULTS.md"
KEY = "fake-key"
QUICK = os.environ.get("BENCH_QUICK") == "1"  # smaller runs, for a smoke check


@contextmanager
def fake_server(*args: str) -> Iterator[str]:
    """The package's fake API in its own process; yields its base URL."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "xverse_api.testing", "--port", "0", "--api-key", KEY, *args],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        url = proc.stdout.readline().strip()
        if not url.startswith("http://127.0.0.1:"):
            raise RuntimeError(f"fake server did not start: {url!r}")
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def best_of(fn: Callable[[], Any], n: int) -> float:
    best = float("inf")
    for _ in range(n):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


# --- 1. decode ----------------------------------------------------------------------------


def big_body(n: int = 10_000) -> bytes:
    items = [
        {
            "runeName": f"DOG•GO•TO•THE•MOON•{i}",
            "amount": str(3142748244 * (i + 1) * 10**20),
            "divisibility": i % 39,
            "symbol": "🐕",
            "id": f"{840000 + i}:{i % 3000}",
            "inscriptionId": f"{i:064x}i0",
        }
        for i in range(n)
    ]
    doc = {"limit": n, "offset": 0, "total": n, "items": items, "indexerHeight": 871_234}
    return json.dumps(doc, ensure_ascii=False).encode()


def row_decode() -> list[tuple[str, float, float, str]]:
    from xverse_api import RuneBalances, RuneBalancesPage
    from xverse_api._operations import get_operation

    body = big_body()
    decode = get_operation("GET /v1/ordinals/address/{address}/runes").decode
    response = httpx.Response(200, content=body)

    def ours() -> RuneBalances:
        page = decode(response)
        return RuneBalances(page.items, address="x", indexer_height=page.indexer_height)

    def stock() -> RuneBalancesPage:
        return RuneBalancesPage.from_dict(json.loads(body))

    rounds = 5 if QUICK else 10
    base = min(best_of(lambda: json.loads(body), 1) for _ in range(rounds))
    t_ours = t_stock = float("inf")
    for _ in range(rounds):  # interleaved, best of each
        base = min(base, best_of(lambda: json.loads(body), 1))
        t_ours = min(t_ours, best_of(ours, 1))
        t_stock = min(t_stock, best_of(stock, 1))

    def allocated(fn: Callable[[], Any]) -> int:
        gc.collect()
        tracemalloc.start()
        keep = fn()
        size = tracemalloc.get_traced_memory()[0]
        tracemalloc.stop()
        del keep
        return size

    # end to end: the typed method on a 10,000-balance answer through httpx.MockTransport
    from xverse_api import Xverse

    client = Xverse(
        KEY,
        http_client=httpx.Client(
            base_url="http://fake.invalid",
            transport=httpx.MockTransport(lambda request: httpx.Response(200, content=body)),
        ),
        validate_addresses=False,
    )

    def end_to_end() -> RuneBalances:
        return client.runes.balances("bc1q0egjvlcfq77cxd9kvpgppyuxckzvws46e3sxch")

    end_to_end()
    t_e2e = float("inf")
    for _ in range(rounds):
        base = min(base, best_of(lambda: json.loads(body), 1))
        t_e2e = min(t_e2e, best_of(end_to_end, 1))
    client.close()
    mem_dicts = allocated(lambda: json.loads(body))
    mem_ours = allocated(ours)
    size = f"{len(body) / 1e6:.1f} MB"
    return [
        (f"1. decode 10,000 balances ({size}) to RuneBalances vs json.loads", t_ours, base, "0.60"),
        ("   (reference) stock generated from_dict(json.loads) vs json.loads", t_stock, base, "-"),
        (
            "   client.runes.balances end to end (httpx.MockTransport) vs json.loads",
            t_e2e,
            base,
            "0.80",
        ),
        ("   memory held by RuneBalances vs the json.loads dicts", mem_ours, mem_dicts, "2.00"),
    ]


# --- 2. per-request overhead ---------------------------------------------------------------


def row_overhead() -> list[tuple[str, float, float, str]]:
    from xverse_api import Xverse
    from xverse_api.testing import DEFAULT_ADDRESS

    n = 150 if QUICK else 1000
    rounds = 3 if QUICK else 11
    with fake_server() as url:
        bare = httpx.Client(base_url=url)
        sdk = Xverse(KEY, base_url=url)
        path = f"/v1/ordinals/address/{DEFAULT_ADDRESS}/runes"
        params = {"offset": 0, "limit": 60}
        headers = {"x-api-key": KEY}

        def run_bare() -> None:
            for _ in range(n):
                json.loads(bare.get(path, params=params, headers=headers).content)

        def run_sdk() -> None:
            for _ in range(n):
                sdk.runes.balances(DEFAULT_ADDRESS)

        run_bare()
        run_sdk()  # warm both connections and caches
        bare_cpu: list[float] = []
        sdk_cpu: list[float] = []
        for _ in range(rounds):
            for fn, out in ((run_bare, bare_cpu), (run_sdk, sdk_cpu)):
                t0 = time.process_time()
                fn()
                out.append((time.process_time() - t0) / n)
        bare.close()
        sdk.close()
    return [
        (
            "2. CPU per request: Xverse.runes.balances vs httpx.Client.get + json.loads "
            f"(median of {rounds} side-by-side rounds of {n})",
            statistics.median(s / b for s, b in zip(sdk_cpu, bare_cpu, strict=True)),
            1.0,
            "1.10",
        )
    ]


# --- 3. concurrency ------------------------------------------------------------------------


def addresses(n: int) -> list[str]:
    from xverse_api._address import encode_segwit_address

    return [encode_segwit_address("bc", 0, i.to_bytes(20, "big")) for i in range(1, n + 1)]


def row_concurrency() -> list[tuple[str, float, float, str]]:
    from xverse_api import AsyncXverse

    n = 300 if QUICK else 1000
    rounds = 2 if QUICK else 3
    addrs = addresses(n)
    with fake_server() as url:

        async def bare() -> None:
            sem = asyncio.Semaphore(32)
            async with httpx.AsyncClient(base_url=url, headers={"x-api-key": KEY}) as http:

                async def one(a: str) -> Any:
                    async with sem:
                        r = await http.get(
                            f"/v1/ordinals/address/{a}/runes", params={"offset": 0, "limit": 60}
                        )
                        return json.loads(r.content)

                await asyncio.gather(*(one(a) for a in addrs))

        async def sdk() -> None:
            async with AsyncXverse(KEY, base_url=url) as client:
                results = await client.runes.balances_many(addrs, concurrency=32)
            failed = [r for r in results.values() if isinstance(r, Exception)]
            if failed:
                raise RuntimeError(f"{len(failed)} failed: {failed[0]}")

        t_bare: list[float] = []
        t_sdk: list[float] = []
        asyncio.run(bare())  # warm-up
        for _ in range(rounds):
            t_bare.append(best_of(lambda: asyncio.run(bare()), 1))
            t_sdk.append(best_of(lambda: asyncio.run(sdk()), 1))
    return [
        (
            f"3. wall time, {n} addresses at concurrency 32: balances_many vs "
            "AsyncClient+gather+semaphore",
            min(t_sdk),
            min(t_bare),
            "1.10",
        )
    ]


# --- 4. at the rate limit --------------------------------------------------------------------


def row_rate_limit() -> list[tuple[str, float, float, str]]:
    from xverse_api import AsyncXverse

    n = 60 if QUICK else 300
    rate = 20.0
    addrs = addresses(n)
    statuses: list[int] = []

    async def record(response: httpx.Response) -> None:
        statuses.append(response.status_code)

    with fake_server("--rate-limit", str(rate)) as url:
        time.sleep(1.5)  # let the bucket fill, as for a client arriving fresh

        async def sdk() -> dict[str, Any]:
            http = httpx.AsyncClient(event_hooks={"response": [record]})
            async with AsyncXverse(KEY, base_url=url, http_client=http, max_retries=5) as client:
                results = await client.runes.balances_many(addrs, concurrency=32)
            await http.aclose()
            return results

        t0 = time.perf_counter()
        results = asyncio.run(sdk())
        elapsed = time.perf_counter() - t0
    failed = [r for r in results.values() if isinstance(r, Exception)]
    ideal = n / rate
    share_429 = statuses.count(429) / max(1, len(statuses))
    return [
        (
            f"4. {n} addresses against a 20 req/s limit: wall time vs the ideal {ideal:.0f} s "
            f"({len(failed)} unanswered)",
            elapsed if not failed else float("inf"),
            ideal,
            "1.15",
        ),
        (
            f"   share of requests answered 429 ({statuses.count(429)} of {len(statuses)}) "
            "vs the 5% allowed",
            share_429,
            0.05,
            "1.00",
        ),
    ]


# --- 6. a silent rate limit: 429 and Retry-After only ----------------------------------------


SILENT_SERVER = (
    "import sys\n"
    "from xverse_api.testing import FakeXverse\n"
    "fake = FakeXverse(api_key={key!r}, rate_limit={rate}, announce_rate_limit=False)\n"
    "with fake.serve() as url:\n"
    "    print(url, flush=True)\n"
    "    sys.stdin.read()\n"
)


@contextmanager
def silent_server(rate: float) -> Iterator[str]:
    """The fake behind a token bucket (burst one second's worth) that announces nothing:
    no RateLimit-Policy, no x-ratelimit-*, a 429 with ``Retry-After`` only. A fresh
    process, so the bucket starts full as for a client arriving fresh."""
    proc = subprocess.Popen(
        [sys.executable, "-c", SILENT_SERVER.format(key=KEY, rate=rate)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        url = proc.stdout.readline().strip()
        if not url.startswith("http://127.0.0.1:"):
            raise RuntimeError(f"fake server did not start: {url!r}")
        yield url
    finally:
        assert proc.stdin is not None
        proc.stdin.close()
        proc.wait(timeout=10)


def run_async_batch(url: str, addrs: list[str], **options: Any) -> tuple[float, list[int], int]:
    """balances_many at concurrency 16: (seconds, statuses seen, addresses unanswered)."""
    from xverse_api import AsyncXverse

    statuses: list[int] = []

    async def record(response: httpx.Response) -> None:
        statuses.append(response.status_code)

    async def go() -> tuple[float, int]:
        http = httpx.AsyncClient(event_hooks={"response": [record]})
        async with AsyncXverse(KEY, base_url=url, http_client=http, max_retries=8, **options) as c:
            t0 = time.perf_counter()
            results = await c.runes.balances_many(addrs, concurrency=16)
            elapsed = time.perf_counter() - t0
        await http.aclose()
        return elapsed, sum(isinstance(r, Exception) for r in results.values())

    elapsed, failed = asyncio.run(go())
    return elapsed, statuses, failed


def run_threads(url: str, addrs: list[str], threads: int = 4) -> tuple[float, list[int], int]:
    """``threads`` threads sharing one sync client, each calling balances in a loop."""
    import threading

    from xverse_api import Xverse, XverseError

    statuses: list[int] = []
    failed: list[str] = []
    http = httpx.Client(event_hooks={"response": [lambda r: statuses.append(r.status_code)]})
    client = Xverse(KEY, base_url=url, http_client=http, max_retries=8)

    def work(mine: list[str]) -> None:
        for address in mine:
            try:
                client.runes.balances(address)
            except XverseError:
                failed.append(address)

    workers = [threading.Thread(target=work, args=(addrs[i::threads],)) for i in range(threads)]
    t0 = time.perf_counter()
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    elapsed = time.perf_counter() - t0
    http.close()
    return elapsed, statuses, len(failed)


def paced_rows(
    name: str, ideal: float, outcome: tuple[float, list[int], int]
) -> list[tuple[str, float, float, str]]:
    elapsed, statuses, failed = outcome
    n429 = statuses.count(429)
    return [
        (
            f"{name}: wall time vs the ideal N/rate {ideal:.0f} s ({failed} unanswered)",
            elapsed if not failed else float("inf"),
            ideal,
            "1.10",
        ),
        (
            f"   share of requests answered 429 ({n429} of {len(statuses)}) vs the 5% allowed",
            n429 / max(1, len(statuses)),
            0.05,
            "1.00",
        ),
    ]


#: rate -> ideal seconds. At 1 req/s the first 429 is unavoidable and N must be >= 20 for
#: one 429 to stay within 5%.
SILENT_RATES = {1.0: 20.0, 2.0: 15.0, 5.0: 15.0, 20.0: 15.0, 100.0: 15.0}


def row_silent() -> list[tuple[str, float, float, str]]:
    rows: list[tuple[str, float, float, str]] = []
    scale = 0.5 if QUICK else 1.0
    for rate, seconds in SILENT_RATES.items():
        n = max(20, round(rate * seconds * scale))
        addrs = addresses(n)
        ideal = n / rate
        for mode in ("async", "threads"):
            print(f"   silent {rate:g} req/s, {mode}, {n} addresses", file=sys.stderr, flush=True)
            with silent_server(rate) as url:
                if mode == "async":
                    outcome = run_async_batch(url, addrs)
                    label = f"6. silent {rate:g} req/s limit, {n} addresses, balances_many c=16"
                else:
                    outcome = run_threads(url, addrs)
                    label = f"   silent {rate:g} req/s limit, {n} addresses, 4 threads, one client"
            rows.extend(paced_rows(label, ideal, outcome))
    n = round(20 * 15 * scale)
    with silent_server(20) as url:
        statuses = run_async_batch(url, addresses(n), rate_limit=20.0)[1]
    rows.append(
        (
            f"   silent 20 req/s limit, {n} addresses, rate_limit=20 given: share of 429 "
            f"({statuses.count(429)} of {len(statuses)}; must stay 0)",
            statuses.count(429) / max(1, len(statuses)),
            0.05,
            "0.00",
        )
    )
    return rows


# --- 7. a fleet: 4 processes sharing one key ---------------------------------------------------


@contextmanager
def redis_server() -> Iterator[str]:
    """A throwaway redis-server on 127.0.0.1 (installed by make setup); yields its URL."""
    import shutil
    import socket
    import tempfile

    exe = shutil.which("redis-server")
    if exe is None:
        raise RuntimeError("redis-server is not installed; run make setup")
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with tempfile.TemporaryDirectory() as tmp:
        proc = subprocess.Popen(
            [exe, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--dir", tmp],
            stdout=subprocess.DEVNULL,
        )
        try:
            deadline = time.monotonic() + 10
            while True:
                try:
                    socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                    break
                except OSError:
                    if time.monotonic() > deadline or proc.poll() is not None:
                        raise RuntimeError("redis-server did not start") from None
                    time.sleep(0.02)
            yield f"redis://127.0.0.1:{port}/0"
        finally:
            proc.terminate()
            proc.wait(timeout=10)


FLEET_WORKER = """
import asyncio, json, sys, time
import httpx
from xverse_api import AsyncXverse

url, shared, start, addrs = sys.argv[1], sys.argv[2] or None, float(sys.argv[3]), sys.argv[4:]
statuses = []

async def record(response):
    statuses.append(response.status_code)

async def main():
    http = httpx.AsyncClient(event_hooks={"response": [record]})
    async with AsyncXverse(%r, base_url=url, http_client=http, max_retries=8,
                           rate_limit_url=shared) as client:
        await asyncio.sleep(max(0.0, start - time.time()))
        results = await client.runes.balances_many(addrs, concurrency=16)
    await http.aclose()
    return results

results = asyncio.run(main())
print(json.dumps({"end": time.time(), "n429": statuses.count(429), "total": len(statuses),
                  "failed": sum(isinstance(r, Exception) for r in results.values())}))
"""


def run_fleet(
    url: str, shared: str, addrs: list[str], workers: int = 4
) -> tuple[float, int, int, int]:
    env = {k: v for k, v in os.environ.items() if k != "XVERSE_RATE_LIMIT_URL"}
    start = time.time() + 3.0  # every worker imported and ready before the common start
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", FLEET_WORKER % KEY, url, shared, repr(start), *mine],
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )
        for mine in (addrs[i::workers] for i in range(workers))
    ]
    reports = [json.loads(p.communicate(timeout=300)[0]) for p in procs]
    return (
        max(r["end"] for r in reports) - start,
        sum(r["n429"] for r in reports),
        sum(r["total"] for r in reports),
        sum(r["failed"] for r in reports),
    )


def row_fleet() -> list[tuple[str, float, float, str]]:
    n = 100 if QUICK else 300
    rate = 20.0
    addrs = addresses(n)
    ideal = n / rate
    rows: list[tuple[str, float, float, str]] = []
    with redis_server() as redis_url:
        for shared, goal in ((redis_url, "1.10"), ("", "-")):
            with silent_server(rate) as url:
                elapsed, n429, total, failed = run_fleet(url, shared, addrs)
            how = "sharing the pace through Redis" if shared else "each on its own (reference)"
            rows.append(
                (
                    f"7. fleet: 4 processes, one silent 20 req/s key, {n} addresses, {how}: "
                    f"wall time vs the ideal {ideal:.0f} s ({failed} unanswered)",
                    elapsed if not failed else float("inf"),
                    ideal,
                    goal,
                )
            )
            rows.append(
                (
                    f"   share of requests answered 429 ({n429} of {total}) vs the 5% allowed",
                    n429 / max(1, total),
                    0.05,
                    "1.00" if shared else "-",
                )
            )
    return rows


# --- 5. import --------------------------------------------------------------------------------


def import_time(module: str) -> float:
    # click and rich are blocked: httpx imports its own CLI when they are installed (as in
    # this venv, for our CLI), which would flatter the ratio against a core install.
    code = (
        "import sys; sys.modules['click'] = None; sys.modules['rich'] = None\n"
        f"import time; t = time.perf_counter(); import {module}; "
        "print(time.perf_counter() - t); "
        "print(int('xverse_api.cli' in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.split()
    if module.startswith("xverse_api") and out[1] != "0":
        raise RuntimeError("import xverse_api loaded the command line module")
    return float(out[0])


def row_import() -> list[tuple[str, float, float, str]]:
    rounds = 5 if QUICK else 15
    ours: list[float] = []
    base: list[float] = []
    full: list[float] = []
    # `import xverse_api` loads the models (msgspec) and the generated code (attrs) on
    # first use; the reference row shows the whole bill, paid by the first request.
    everything = "xverse_api, xverse_api._sdk.models, xverse_api._operations"
    # Compare like with like: httpx is installed with its .pyc files, so compile ours too
    # (a shell with PYTHONDONTWRITEBYTECODE=1 would otherwise time the compiler).
    import compileall

    compileall.compile_dir(ROOT / "client" / "xverse_api", quiet=1, force=False)
    for _ in range(rounds):
        base.append(import_time("httpx"))
        ours.append(import_time("xverse_api"))
        full.append(import_time(everything))
    name = "5. import xverse_api vs import httpx (fresh interpreter, no click/rich)"
    ref = "   (reference) import xverse_api plus what its first request loads vs import httpx"
    return [(name, min(ours), min(base), "1.20"), (ref, min(full), min(base), "-")]


# --- table ---------------------------------------------------------------------------------------


def main() -> int:
    rows: list[tuple[str, float, float, str]] = []
    only = os.environ.get("BENCH_ONLY")  # e.g. BENCH_ONLY=row_silent, while tuning one row
    every = (
        row_decode,
        row_overhead,
        row_concurrency,
        row_rate_limit,
        row_import,
        row_silent,
        row_fleet,
    )
    for fn in every:
        if only and fn.__name__ not in only.split(","):
            continue
        print(f"running {fn.__name__} …", file=sys.stderr, flush=True)
        rows.extend(fn())
    lines = [
        "| measurement (candidate vs baseline) | ratio | target | verdict |",
        "| --- | ---: | ---: | --- |",
    ]
    missed = []
    for name, value, baseline, target in rows:
        ratio = value / baseline if baseline else float("inf")
        if target == "-":
            verdict = "reference"
        elif ratio <= float(target) or (float(target) == 0 and ratio == 0):
            verdict = "ok"
        else:
            verdict = f"MISSED by {ratio / float(target) - 1:.0%}"
            missed.append(name.strip())
        shown = target if target == "-" else target + "x"
        lines.append(f"| {name} | {ratio:.2f}x | {shown} | {verdict} |")
    table = "\n".join(lines)
    print(table)
    note = (
        "# Benchmark results\n\nWritten by `make bench` (bench/run.py) on "
        f"{time.strftime('%Y-%m-%d')}, Python {sys.version.split()[0]}, "
        f"{os.cpu_count()} cores{' (BENCH_QUICK)' if QUICK else ''}. Ratios of candidate to "
        "baseline measured side by side in one run; lower is better.\n\n"
    )
    if not only:  # a partial run does not replace the committed table
        RESULTS.write_text(note + table + "\n", encoding="utf-8")
    if missed:
        print("\nmissed: " + "; ".join(missed), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
