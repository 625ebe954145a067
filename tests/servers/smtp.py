"""An aiosmtpd SMTP sink that records every message byte for byte.

``SmtpSink`` listens on a free loopback port (aiosmtpd's ``Controller(port=0)``
cannot be used: its self-check connects to port 0), accepts SMTPUTF8 and keeps
the exact DATA bytes (``decode_data=False``). ``fail_next()`` makes the next
DATA or RCPT command fail with a chosen reply so tests can provoke 4xx/5xx.
"""

from __future__ import annotations

import socket
import threading
from dataclasses import dataclass, field
from typing import Literal

from aiosmtpd.controller import Controller

_START_ATTEMPTS = 5

Stage = Literal["DATA", "RCPT"]


@dataclass
class Captured:
    """One accepted message: the envelope and the exact bytes after dot-unstuffing."""

    mail_from: str
    rcpt_tos: list[str]
    data: bytes
    mail_options: list[str] = field(default_factory=list)


class SmtpSink:
    """A threaded SMTP server on 127.0.0.1 that captures mail into ``messages``."""

    def __init__(self) -> None:
        self.host = "127.0.0.1"
        self.port = 0
        self.messages: list[Captured] = []
        self._failures: dict[Stage, list[str]] = {"DATA": [], "RCPT": []}
        self._lock = threading.Lock()
        self._controller: Controller | None = None

    def start(self) -> None:
        """Start listening on a free port (retrying if another process grabs it first)."""
        for _ in range(_START_ATTEMPTS):
            with socket.socket() as probe:
                probe.bind((self.host, 0))
                port = probe.getsockname()[1]
            controller = Controller(
                _Handler(self),
                hostname=self.host,
                port=port,
                server_hostname="sink.test",
                enable_SMTPUTF8=True,
                decode_data=False,
                ready_timeout=2.0,
            )
            try:
                controller.start()
            except OSError:
                controller.loop.close()
                continue
            self._controller, self.port = controller, port
            return
        raise RuntimeError(f"SmtpSink: no free port after {_START_ATTEMPTS} attempts")

    def stop(self) -> None:
        """Stop the server; safe to call twice."""
        if self._controller is not None:
            self._controller.stop()
            self._controller = None

    def clear(self) -> None:
        """Forget captured messages and pending failures."""
        with self._lock:
            self.messages.clear()
            for queue in self._failures.values():
                queue.clear()

    def fail_next(self, code: int, text: str, times: int = 1, *, at: Stage = "DATA") -> None:
        """Answer the next ``times`` DATA (or RCPT) commands with ``code text``."""
        with self._lock:
            self._failures[at].extend([f"{code} {text}"] * times)

    def _take_failure(self, stage: Stage) -> str | None:
        with self._lock:
            queue = self._failures[stage]
            return queue.pop(0) if queue else None

    def _record(self, message: Captured) -> None:
        with self._lock:
            self.messages.append(message)


class _Handler:
    """aiosmtpd hooks; they run on the controller's event-loop thread."""

    def __init__(self, sink: SmtpSink) -> None:
        self._sink = sink

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        failure = self._sink._take_failure("RCPT")
        if failure is not None:
            return failure
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        failure = self._sink._take_failure("DATA")
        if failure is not None:
            return failure
        self._sink._record(
            Captured(
                mail_from=envelope.mail_from,
                rcpt_tos=list(envelope.rcpt_tos),
                data=envelope.original_content,
                mail_options=list(envelope.mail_options),
            )
        )
        return "250 Message accepted"
