"""Peak memory for one big mail (86 MB by default, a base64 attachment): through the daemon
(`maild poll --once` on a Maildir) and through `maild quarantine retry`. The target is at most
3 × the mail's size + 150 MB. Measured here, never asserted in tests.

Usage: python bench/big_mail_rss.py [--mb 86]
"""

from __future__ import annotations

import argparse
import base64
import os
import resource
import subprocess
import sys
import tempfile
from pathlib import Path


def big_mail(mb: float) -> bytes:
    payload = os.urandom(int(mb * 1024 * 1024 * 0.74))
    return (b"From: a@partner.cn\r\nTo: dor@ptg139.com\r\nSubject: big\r\nMessage-ID: <big@partner.cn>\r\n"
            b"MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=B\r\n\r\n--B\r\n"
            b"Content-Type: text/plain; charset=utf-8\r\n\r\nsee attached\r\n--B\r\nContent-Type: video/mp4; "
            b"name=call.mp4\r\nContent-Disposition: attachment; filename=call.mp4\r\n"
            b"Content-Transfer-Encoding: base64\r\n\r\n" + base64.encodebytes(payload).replace(b"\n", b"\r\n")
            + b"--B--\r\n")


def peak_mb(cmd: list[str], env: dict[str, str]) -> float:
    """Peak RSS of one child process, in MB (each measured in a fresh intermediate process)."""
    probe = ("import resource, subprocess, sys; subprocess.run(sys.argv[1:], check=True, capture_output=True); "
             "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
    out = subprocess.run([sys.executable, "-c", probe, *cmd], env=env, capture_output=True, check=True, text=True)
    return int(out.stdout.strip()) / 1024


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mb", type=float, default=86)
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="maild-rss-"))
    raw = big_mail(args.mb)
    size = len(raw) / 1024 / 1024
    (work / "inbox" / "new").mkdir(parents=True)
    (work / "inbox" / "new" / "1790000000.M1P1.big:2,").write_bytes(raw)
    maild = [sys.executable, "-m", "maild", "--config", str(work / "maild.toml")]

    def config(limit_mb: int) -> None:
        (work / "maild.toml").write_text(
            f'[daemon]\nsource = "maildir:{work / "inbox"}"\nmax_message_bytes = {limit_mb * 1024 * 1024}\n'
            f'[database]\nurl = "sqlite:///{work / "maild.db"}"\n[storage]\nroot = "{work / "blobs"}"\n',
            encoding="utf-8")

    env = dict(os.environ)
    config(10)  # first too small: kept raw and quarantined, as an operator would meet it
    subprocess.run(maild + ["db", "upgrade"], env=env, check=True, capture_output=True)
    daemon_small = peak_mb(maild + ["poll", "--once"], env)
    config(200)
    retry = peak_mb(maild + ["quarantine", "retry", "1"], env)
    (work / "inbox2" / "new").mkdir(parents=True)
    (work / "inbox2" / "new" / "1790000001.M2P1.big:2,").write_bytes(raw.replace(b"<big@", b"<big2@"))
    (work / "maild.toml").write_text((work / "maild.toml").read_text().replace(str(work / "inbox"), str(work / "inbox2")))
    daemon = peak_mb(maild + ["poll", "--once"], env)
    target = 3 * size + 150
    print(f"a {size:.0f} MB mail (target: peak ≤ 3 × size + 150 MB = {target:.0f} MB):")
    print(f"  maild poll --once, over max_message_bytes (kept raw, quarantined)  {daemon_small:6.0f} MB")
    print(f"  maild quarantine retry (parsed from the kept bytes)                {retry:6.0f} MB")
    print(f"  maild poll --once, parsed and recorded                             {daemon:6.0f} MB")
    print(f"  (this process: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB)")


if __name__ == "__main__":
    main()
