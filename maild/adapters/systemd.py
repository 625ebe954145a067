"""Telling systemd how the daemon is doing: the sd_notify protocol, one datagram per message.

Under a unit with `Type=notify`, systemd sets NOTIFY_SOCKET (a path, or an abstract name
starting with '@'); with `WatchdogSec=` it also sets WATCHDOG_USEC (and WATCHDOG_PID). maild
sends READY=1 once it serves or stands by, WATCHDOG=1 from its own loop (so a hung loop is
restarted, a live one never), STATUS= lines for `systemctl status`, and STOPPING=1. Outside
systemd every call does nothing. A failed send is logged once and never stops the daemon.
"""

from __future__ import annotations

import logging
import math
import os
import socket
from collections.abc import Mapping

log = logging.getLogger(__name__)


class Notifier:
    def __init__(self, address: str | None, watchdog_usec: int | None = None) -> None:
        if address and address.startswith("@"):
            address = "\0" + address[1:]  # an abstract socket
        self.address = address or None
        self.watchdog = watchdog_usec / 1e6 if watchdog_usec else None
        self._complained = False

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Notifier:
        """The notifier systemd asked for, or one that does nothing."""
        env = os.environ if environ is None else environ
        usec = env.get("WATCHDOG_USEC", "")
        pid = env.get("WATCHDOG_PID", "")
        watchdog = int(usec) if usec.isdigit() and (not pid.isdigit() or int(pid) == os.getpid()) else None
        return cls(env.get("NOTIFY_SOCKET"), watchdog)

    @property
    def enabled(self) -> bool:
        return self.address is not None

    @property
    def interval(self) -> float:
        """Longest the loop may go without a WATCHDOG=1: half the watchdog's time (inf without one)."""
        return self.watchdog / 2 if self.watchdog else math.inf

    def ready(self, status: str = "") -> None:
        self.send("READY=1", *([f"STATUS={status}"] if status else []))

    def status(self, text: str) -> None:
        self.send(f"STATUS={text}")

    def alive(self) -> None:
        if self.watchdog:
            self.send("WATCHDOG=1")

    def stopping(self) -> None:
        self.send("STOPPING=1")

    def send(self, *fields: str) -> bool:
        if self.address is None:
            return False
        payload = "\n".join(field.replace("\n", " ") for field in fields).encode("utf-8", "replace")
        try:
            with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM | socket.SOCK_CLOEXEC) as sock:
                sock.sendto(payload, self.address)
        except OSError as exc:
            if not self._complained:
                log.warning("could not notify systemd at %r: %s", self.address, exc)
                self._complained = True
            return False
        return True
