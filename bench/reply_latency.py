"""Acknowledgement latency: APPEND an appeal to Dovecot → its acknowledgement at an SMTP sink,
with a live `maild run` idling on IMAP IDLE in between.

Usage: python bench/reply_latency.py [--mails N] [--gap SECONDS]
Starts its own Dovecot and aiosmtpd sink (the test servers), a fresh SQLite database, and
prints p50 / p95 / max over N appeals sent one after another. Measured here, never asserted.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from servers.dovecot import start_dovecot  # noqa: E402
from servers.smtp import SmtpSink  # noqa: E402

PARTNERS = "name,addresses,domains,contact\n常州龙城企服网络科技有限公司,,lcqifu.com,蒋文斌\n"
APPEAL = ("From: tangying@lcqifu.com\r\nTo: dor@ptg139.com\r\nSubject: =?utf-8?b?5ZWG5py655Sz6K+J?= {n}\r\n"
          "Message-ID: <bench-{n}@lcqifu.com>\r\nDate: Tue, 29 Sep 2026 16:00:00 +0800\r\n"
          "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
          "合作商：常州龙城企服网络科技有限公司\r\n客户：常州金岳激光装备有限公司\r\n商机编号：SJ20260929-{n:04d}\r\n"
          "推送时间：2026-09-29 10:00\r\n反馈时间：2026-09-29 15:00\r\n申诉理由：同行恶意骚扰\r\n")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mails", type=int, default=200)
    ap.add_argument("--gap", type=float, default=0.05, help="seconds between one ack and the next APPEND")
    args = ap.parse_args()
    dovecot, sink = start_dovecot(), SmtpSink()
    sink.start()
    work = Path(tempfile.mkdtemp(prefix="maild-bench-"))
    user, password = dovecot.next_user()
    cfg = work / "maild.toml"
    cfg.write_text(f"""
[daemon]
source = "imap"
[imap]
host = "{dovecot.host}"
port = {dovecot.imap_port}
tls = "plain"
username = "{user}"
password_env = "BENCH_IMAP_PASSWORD"
[database]
url = "sqlite:///{work / 'maild.db'}"
[storage]
root = "{work / 'blobs'}"
[replies]
transport = "smtp"
per_sender_hourly_cap = {args.mails + 10}
[smtp]
host = "{sink.host}"
port = {sink.port}
tls = "plain"
[log]
level = "WARNING"
""", encoding="utf-8")
    (work / "partners.csv").write_text(PARTNERS, encoding="utf-8")
    env = {**os.environ, "BENCH_IMAP_PASSWORD": password}
    maild = [sys.executable, "-m", "maild", "--config", str(cfg)]
    for step in (["db", "upgrade"], ["partners", "import", str(work / "partners.csv")], ["poll", "--once"]):
        subprocess.run(maild + step, env=env, check=True, capture_output=True)
    log = open(work / "maild.log", "wb")
    proc = subprocess.Popen(maild + ["run"], env=env, stderr=log)
    latencies = []
    try:
        time.sleep(1.5)
        for n in range(1, args.mails + 1):
            started = time.monotonic()
            dovecot.append(user, password, "INBOX", APPEAL.format(n=n).encode())
            while len(sink.messages) < n:
                if time.monotonic() - started > 30:
                    raise SystemExit(f"mail {n}: no acknowledgement after 30 s (log: {work / 'maild.log'})")
                time.sleep(0.002)
            latencies.append(time.monotonic() - started)
            time.sleep(args.gap)
    finally:
        proc.terminate()
        proc.wait(timeout=20)
        sink.stop()
        dovecot.stop()
    ms = sorted(x * 1000 for x in latencies)
    p95 = ms[min(len(ms) - 1, int(round(0.95 * len(ms))) - 1)]
    print(f"APPEND → acknowledgement at the SMTP sink, {len(ms)} appeals, `maild run` on IDLE:")
    print(f"  p50 {statistics.median(ms):.0f} ms   p95 {p95:.0f} ms   max {ms[-1]:.0f} ms   min {ms[0]:.0f} ms")


if __name__ == "__main__":
    main()
