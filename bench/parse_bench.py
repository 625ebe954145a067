"""Parse throughput: every mail in the test fixtures (and ../shared/corpus-real when present).

Usage: python bench/parse_bench.py [--rounds N]
Prints messages per second and the slowest messages; speed is measured here, never asserted in tests.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

import parsers

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus-real"


def fixtures() -> list[Path]:
    files = sorted((ROOT / "tests" / "mail").rglob("*.eml"))
    index = CORPUS / "index.tsv"
    if index.exists():
        files += [CORPUS / line.split("\t")[0] for line in index.read_text().splitlines()[1:]]
    return files


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    mails = [(p, p.read_bytes()) for p in fixtures()]
    total_bytes = sum(len(raw) for _, raw in mails)
    per_message: dict[Path, float] = {}
    rounds = []
    for _ in range(args.rounds):
        start = time.perf_counter()
        for path, raw in mails:
            t0 = time.perf_counter()
            try:
                parsers.parse(raw)
            except parsers.NotAMessage:
                pass
            per_message[path] = min(per_message.get(path, 1e9), time.perf_counter() - t0)
        rounds.append(time.perf_counter() - start)
    best = min(rounds)
    print(f"{len(mails)} messages, {total_bytes / 1e6:.1f} MB, {args.rounds} rounds")
    print(f"best round {best:.2f} s: {len(mails) / best:.0f} msg/s, {total_bytes / 1e6 / best:.1f} MB/s; "
          f"median per message {statistics.median(per_message.values()) * 1000:.2f} ms")
    for path, seconds in sorted(per_message.items(), key=lambda kv: -kv[1])[:5]:
        print(f"  slowest: {seconds * 1000:7.1f} ms  {path.relative_to(path.parents[2])}")


if __name__ == "__main__":
    main()
