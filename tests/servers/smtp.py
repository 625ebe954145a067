"""An aiosmtpd SMTP sink that records every message byte for byte.

``SmtpSink`` listens on a free loopback port (aiosmtpd's ``Controller(port=0)``
cannot be used: its self-check connects to port 0), accepts SMTPUTF8 and keeps
the exact DATA bytes (``decode_data=False``). ``fail_next()`` makes the next
DATA or RCPT command fail with a chosen reply so tests can provoke 4xx/5xx.
With ``tls="ssl"`` it speaks implicit TLS, with ``tls="starttls"`` it offers STARTTLS,
both on a self-signed certificate (``cert_path``, for the client's CA file); with
``credentials`` it requires AUTH (PLAIN/LOGIN) with that login and password.
"""

from __future__ import annotations

import socket
import ssl
import subprocess
import tempfile
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

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

    def __init__(self, tls: Literal["plain", "ssl", "starttls"] = "plain",
                 credentials: tuple[str, str] | None = None) -> None:
        self.host = "127.0.0.1"
        self.port = 0
        self.tls = tls
        self.credentials = credentials
        self.cert_path: Path | None = None
        self.messages: list[Captured] = []
        self._failures: dict[Stage, list[str]] = {"DATA": [], "RCPT": []}
        self._lock = threading.Lock()
        self._controller: Controller | None = None

    def _server_context(self) -> ssl.SSLContext:
        folder = Path(tempfile.mkdtemp(prefix="sink-tls-"))
        subprocess.run(
            [*"openssl req -x509 -nodes -days 2 -subj /CN=localhost".split(),
             *"-newkey ec -pkeyopt ec_paramgen_curve:prime256v1".split(),
             *"-addext subjectAltName=IP:127.0.0.1,DNS:localhost".split(),
             "-keyout", str(folder / "key.pem"), "-out", str(folder / "cert.pem")],
            check=True, capture_output=True)
        self.cert_path = folder / "cert.pem"
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(folder / "cert.pem", folder / "key.pem")
        return context

    def _authenticate(self, server, session, envelope, mechanism, auth_data) -> AuthResult:
        ok = isinstance(auth_data, LoginPassword) and self.credentials is not None and (
            auth_data.login.decode(), auth_data.password.decode()) == self.credentials
        return AuthResult(success=ok)

    def start(self) -> None:
        """Start listening on a free port (retrying if another process grabs it first); a sink that
        was stopped comes back on its old port, as a restarted mail server would."""
        for attempt in range(_START_ATTEMPTS):
            if self.port and attempt == 0:
                port = self.port
            else:
                with socket.socket() as probe:
                    probe.bind((self.host, 0))
                    port = probe.getsockname()[1]
            options: dict = {}
            if self.tls != "plain":
                context = self._server_context()
                options["ssl_context" if self.tls == "ssl" else "tls_context"] = context
            if self.credentials is not None:
                options.update(authenticator=self._authenticate, auth_require_tls=self.tls == "starttls",
                               auth_required=True)
            controller = Controller(
                _Handler(self),
                hostname=self.host,
                port=port,
                server_hostname="sink.test",
                enable_SMTPUTF8=True,
                decode_data=False,
                ready_timeout=2.0,
                **options,
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
