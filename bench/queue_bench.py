"""The reviewer's queue at scale: seed N open cases (100,000 by default) and time `maild queue`
and `maild queue --json` as a reviewer runs them (a fresh process each time).

Usage: python bench/queue_bench.py [--cases N] [--runs R] [--database URL]
Measured here, never asserted in tests.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import insert

from maild.adapters.db import migrations
from maild.adapters.db.models import Case
from maild.adapters.db.store import Store

KINDS = (("appeal", "SS"), ("adjustment", "TZ"), ("summary", "HZ"))
STATES = ("new", "acknowledged", "in_review", "waiting_partner")
CHECKS = [{"name": "objection_within_8h", "passed": True, "detail": "objected 4h45m after the push"},
          {"name": "paying_client", "passed": None, "detail": "client not in the registry"}]


def seed(url: str, n: int) -> None:
    store = Store.open(url)
    migrations.upgrade(store.engine)
    rnd = random.Random(7)
    now = datetime(2026, 12, 2, 2, 0, tzinfo=UTC)
    rows = []
    for i in range(1, n + 1):
        kind, prefix = KINDS[i % 3]
        received = now - timedelta(minutes=rnd.randint(0, 60 * 24 * 20))
        state = STATES[i % 4]
        due = None if state == "waiting_partner" and i % 8 == 3 else received + timedelta(hours=rnd.randint(24, 120))
        rows.append({"number": f"{prefix}-2026-{i:06d}", "kind": kind, "state": state,
                     "partner_name": f"合作商{i % 97:02d}网络科技有限公司", "client_name": f"客户{i % 1013:04d}机械有限公司",
                     "sender": f"p{i % 97}@partner{i % 97}.cn", "fields": {"lead_ids": [f"SJ20261101-{i:04d}"]},
                     "missing": ["evidence"] if i % 5 == 0 else [], "checks": CHECKS, "received_at": received,
                     "due_at": due, "warning_at": due - timedelta(hours=12) if due else None,
                     "sla_status": "paused" if due is None else "ok", "created_at": received, "updated_at": received})
    with store.engine.begin() as conn:
        for start in range(0, n, 5000):
            conn.execute(insert(Case), rows[start:start + 5000])
    store.engine.dispose()


def timed(cmd: list[str], env: dict[str, str]) -> tuple[float, int]:
    started = time.monotonic()
    done = subprocess.run(cmd, env=env, capture_output=True, check=True)
    return time.monotonic() - started, len(done.stdout)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cases", type=int, default=100_000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--database", help="a SQLAlchemy URL (default: a fresh SQLite file)")
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="maild-queue-bench-"))
    url = args.database or f"sqlite:///{work / 'maild.db'}"
    started = time.monotonic()
    seed(url, args.cases)
    print(f"seeded {args.cases} open cases in {time.monotonic() - started:.1f} s ({url.split(':')[0]})")
    cfg = work / "maild.toml"
    cfg.write_text(f'[database]\nurl = "{url}"\n[storage]\nroot = "{work / "blobs"}"\n', encoding="utf-8")
    env = {**os.environ, "MAILD_CONFIG": str(cfg)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # time it as an installed maild runs: byte-compiled
    subprocess.run([sys.executable, "-m", "maild", "queue", "--limit", "1"], env=env, capture_output=True, check=True)
    for label, extra in (("maild queue", []), ("maild queue --json", ["--json"]),
                         ("queue --overdue", ["--overdue", "--kind", "appeal"]),
                         ("queue --all", ["--all"]), ("queue --json --all", ["--json", "--all"])):
        results = [timed([sys.executable, "-m", "maild", "queue", *extra], env) for _ in range(args.runs)]
        seconds = [s for s, _ in results]
        print(f"{label:<20} median {statistics.median(seconds):.2f} s  (runs: {', '.join(f'{s:.2f}' for s in seconds)};"
              f" {results[0][1] / 1e6:.1f} MB of output)")
    empty = work / "empty.toml"
    empty.write_text(f'[database]\nurl = "sqlite:///{work / "empty.db"}"\n', encoding="utf-8")
    migrations.upgrade(Store.open(f"sqlite:///{work / 'empty.db'}").engine)
    floor = [timed([sys.executable, "-m", "maild", "queue"], {**env, "MAILD_CONFIG": str(empty)})[0]
             for _ in range(args.runs)]
    print(f"{'(no cases: start-up)':<20} median {statistics.median(floor):.2f} s")


if __name__ == "__main__":
    main()
