"""Parse throughput: every mail in the test fixtures (and ../shared/corpus-real when present).

Usage: python bench/parse_bench.py [--rounds N]
Prints messages per second and the slowest messages, for the daemon's parse (no forensics) and
`maild parse`'s (with them), next to the standard library's bare walk of the same bytes
(message_from_bytes with policy.default, Subject and From as text, every leaf decoded): the
target is the daemon's parse at 1.5x that walk. Measured here, never asserted in tests.
"""

from __future__ import annotations

import argparse
import email
import logging
import statistics
import time
from email import policy
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


def stdlib_walk(raw: bytes) -> None:
    msg = email.message_from_bytes(raw, policy=policy.default)
    str(msg.get("Subject", "")), str(msg.get("From", ""))
    for part in msg.walk():
        if part.is_multipart():
            continue
        try:
            part.get_content() if part.get_content_maintype() == "text" else part.get_payload(decode=True)
        except Exception:  # noqa: BLE001 - a bad part costs what it costs
            continue


def timed_rounds(fn, mails, rounds: int, per_message: dict[Path, float] | None = None) -> float:
    """The best round's seconds for one pass of `fn` over every mail."""
    best = 1e9
    for _ in range(rounds):
        start = time.perf_counter()
        for path, raw in mails:
            t0 = time.perf_counter()
            try:
                fn(raw)
            except parsers.NotAMessage:
                pass
            if per_message is not None:
                per_message[path] = min(per_message.get(path, 1e9), time.perf_counter() - t0)
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    logging.getLogger("mailparser").setLevel(logging.CRITICAL)  # it logs each part type it does not know
    mails = [(p, p.read_bytes()) for p in fixtures()]
    total_bytes = sum(len(raw) for _, raw in mails)
    daemon, asked = parsers.Context(forensics=False), parsers.Context(forensics=True)
    per_message: dict[Path, float] = {}
    walk = timed_rounds(stdlib_walk, mails, args.rounds)
    best = timed_rounds(lambda raw: parsers.parse(raw, daemon), mails, args.rounds, per_message)
    full = timed_rounds(lambda raw: parsers.parse(raw, asked), mails, args.rounds)
    print(f"{len(mails)} messages, {total_bytes / 1e6:.1f} MB, best of {args.rounds} round(s)")
    for label, seconds in (("stdlib policy.default walk", walk), ("maild parse (the daemon's)", best),
                           ("maild parse with forensics", full)):
        print(f"  {label:<28} {len(mails) / seconds:6.0f} msg/s  {total_bytes / 1e6 / seconds:5.1f} MB/s  "
              f"{walk / seconds:.2f}x the walk")
    print(f"median per message {statistics.median(per_message.values()) * 1000:.2f} ms (the daemon's parse)")
    for path, seconds in sorted(per_message.items(), key=lambda kv: -kv[1])[:5]:
        print(f"  slowest: {seconds * 1000:7.1f} ms  {path.relative_to(path.parents[2])}")


if __name__ == "__main__":
    main()
