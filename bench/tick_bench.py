"""The SLA tick at scale: its cost with 1,000 and with 100,000 open cases, 100 of them due.

The tick reads only the cases whose next warning or deadline has come (`cases.next_alert_at`,
indexed), so its cost follows the cases due, not the cases open. Each size is seeded into a
fresh SQLite file (or a PostgreSQL URL), then one tick is timed, R times, each on fresh due rows.

Usage: python bench/tick_bench.py [--sizes 1000,100000] [--due 100] [--runs 3] [--database URL]
Measured here, never asserted in tests.
"""

from __future__ import annotations

import argparse
import logging
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import delete, update

sys.path.insert(0, str(Path(__file__).parent))
from queue_bench import seed

from maild.adapters.db.models import Case, SlaAlert
from maild.app import build
from maild.config import load
from maild.services import alerts

NOW = datetime(2026, 12, 2, 2, 0, tzinfo=UTC)  # 10:00 on a Wednesday in Shanghai: working time


def one_size(work: Path, url: str, n: int, due: int, runs: int) -> list[float]:
    seed(url, n)
    cfg = work / f"maild-{n}.toml"
    cfg.write_text(f'[database]\nurl = "{url}"\n[storage]\nroot = "{work / "blobs"}"\n', encoding="utf-8")
    app = build(load(cfg, {}))
    logging.getLogger("maild").setLevel(logging.ERROR)  # 100 breaches would each say so
    seconds = []
    for _ in range(runs):
        with app.store.transaction() as tx:  # the steady state: nothing due but `due` cases
            tx.execute(delete(SlaAlert))
            tx.execute(update(Case).values(next_alert_at=NOW + timedelta(days=1)))
            tx.execute(update(Case).where(Case.id <= due).values(next_alert_at=NOW - timedelta(minutes=1)))
        started = time.perf_counter()
        with app.store.transaction() as tx:
            recorded = alerts.tick(tx, app.terms, app.escalation, NOW)
        seconds.append(time.perf_counter() - started)
        assert {number for number, _ in recorded} <= {f"{p}-2026-{i:06d}" for i in range(1, due + 1)
                                                      for p in ("SS", "TZ", "HZ")}
    app.store.engine.dispose()
    return seconds


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="1000,100000")
    ap.add_argument("--due", type=int, default=100)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--database", help="a SQLAlchemy URL, emptied first (default: a fresh SQLite file per size)")
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="maild-tick-bench-"))
    for n in (int(s) for s in args.sizes.split(",")):
        url = args.database or f"sqlite:///{work / f'tick-{n}.db'}"
        seconds = one_size(work, url, n, args.due, args.runs)
        print(f"SLA tick, {n:>7} open cases, {args.due} due: median {statistics.median(seconds) * 1000:.0f} ms "
              f"(runs: {', '.join(f'{s * 1000:.0f}' for s in seconds)} ms)")


if __name__ == "__main__":
    main()
