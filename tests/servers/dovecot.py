"""Start and drive a private Dovecot IMAP/LMTP server for tests.

``start_dovecot()`` renders ``dovecot.conf.in`` into a short temporary directory,
creates a self-signed certificate and a passwd file, starts ``dovecot -F`` in its
own session on free loopback ports and waits until the server answers with its
own greeting token and a LOGIN+SELECT succeeds. It works as root (mail is
accessed as nobody:nogroup) and as a normal user.

The server management uses only the standard library; the mailbox helpers of
``DovecotServer`` use ``imapclient`` (imported on first use).
"""

from __future__ import annotations

import grp
import imaplib
import os
import pwd
import secrets
import shutil
import signal
import socket
import subprocess
import tempfile
import threading
import time
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from imapclient import IMAPClient

TEMPLATE = Path(__file__).with_name("dovecot.conf.in")
HOST = "127.0.0.1"
SMOKE_USER = ("test", "secret")
POOL_USERS = [(f"user{i:02d}", f"pw{i:02d}") for i in range(1, 61)]

_START_ATTEMPTS = 5
_READY_TIMEOUT = 10.0
_STOP_TIMEOUT = 5.0


class DovecotError(RuntimeError):
    """Dovecot could not be started or a doveadm command failed."""


class DovecotServer:
    """A running Dovecot instance; all state lives under ``base_dir``."""

    def __init__(
        self,
        base_dir: Path,
        process: subprocess.Popen,
        imap_port: int,
        imaps_port: int,
        lmtp_port: int,
    ) -> None:
        self.host = HOST
        self.base_dir = base_dir
        self.process = process
        self.imap_port = imap_port
        self.imaps_port = imaps_port
        self.lmtp_port = lmtp_port
        self.config_path = base_dir / "dovecot.conf"
        self.cert_path = base_dir / "tls" / "cert.pem"
        self.log_path = base_dir / "dovecot.log"
        self.greeting = ""
        self._free_users = iter(POOL_USERS)
        self._users_lock = threading.Lock()

    # --- lifecycle -----------------------------------------------------------

    def stop(self) -> None:
        """Stop Dovecot (SIGTERM, then SIGKILL of its process group) and remove its dir."""
        _terminate(self.process)
        shutil.rmtree(self.base_dir, ignore_errors=True)

    def restart(self, down: float = 0.0) -> None:
        """Restart as an operator would: every connection closed, refused for `down` seconds, then
        served again on the same ports with the same mail."""
        _terminate(self.process)
        time.sleep(down)
        with open(self.base_dir / "stdout.log", "ab") as output:
            self.process = subprocess.Popen(
                ["dovecot", "-F", "-c", str(self.config_path)],
                stdin=subprocess.DEVNULL,
                stdout=output,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        _wait_ready(self, self.greeting)

    def next_user(self) -> tuple[str, str]:
        """Return a (username, password) pair that no caller has received before."""
        with self._users_lock:
            user = next(self._free_users, None)
        if user is None:
            raise DovecotError(f"all {len(POOL_USERS)} pre-provisioned users are used up")
        return user

    def doveadm(self, *args: str, input: bytes | None = None) -> str:
        """Run ``doveadm -c CONF ARGS`` and return its stdout."""
        result = subprocess.run(
            ["doveadm", "-c", str(self.config_path), *args],
            input=input,
            capture_output=True,
            timeout=30,
        )
        if result.returncode != 0:
            raise DovecotError(
                f"doveadm {' '.join(args)} exited {result.returncode}: "
                f"{result.stderr.decode(errors='replace').strip()}"
            )
        return result.stdout.decode()

    # --- IMAP helpers --------------------------------------------------------

    def client(self, user: str, password: str) -> IMAPClient:
        """Return a logged-in plain-text ``IMAPClient`` (use it as a context manager)."""
        from imapclient import IMAPClient

        client = IMAPClient(self.host, port=self.imap_port, ssl=False, timeout=10)
        client.login(user, password)
        return client

    def append(
        self,
        user: str,
        password: str,
        folder: str,
        raw: bytes,
        flags: Iterable[str | bytes] = (),
        msg_time: datetime | None = None,
    ) -> None:
        """APPEND ``raw`` to ``folder`` with the given flags and internal date."""
        with self.client(user, password) as client:
            client.append(folder, raw, tuple(flags), msg_time)

    def append_many(self, user: str, password: str, folder: str, raws: Iterable[bytes]) -> None:
        """APPEND each message, in order, over one connection."""
        with self.client(user, password) as client:
            for raw in raws:
                client.append(folder, raw)

    def folder_uids(self, user: str, password: str, folder: str) -> list[int]:
        """Return the UIDs in ``folder``, ascending."""
        with self.client(user, password) as client:
            client.select_folder(folder, readonly=True)
            return sorted(client.search("ALL"))

    def fetch_raw(self, user: str, password: str, folder: str) -> list[bytes]:
        """Return the raw bytes of every message in ``folder``, in UID order (one expunged meanwhile,
        as by a running daemon, is left out)."""
        with self.client(user, password) as client:
            client.select_folder(folder, readonly=True)
            uids = sorted(client.search("ALL"))
            if not uids:
                return []
            fetched = client.fetch(uids, ["BODY.PEEK[]"])
            return [fetched[uid][b"BODY[]"] for uid in uids if uid in fetched]

    def uidvalidity(self, user: str, password: str, folder: str) -> int:
        """Return the UIDVALIDITY of ``folder``."""
        with self.client(user, password) as client:
            return client.folder_status(folder, ["UIDVALIDITY"])[b"UIDVALIDITY"]

    def create_folder(self, user: str, password: str, folder: str) -> None:
        """CREATE ``folder``."""
        with self.client(user, password) as client:
            client.create_folder(folder)

    def delete_folder(self, user: str, password: str, folder: str) -> None:
        """DELETE ``folder``."""
        with self.client(user, password) as client:
            client.delete_folder(folder)


def start_dovecot() -> DovecotServer:
    """Start a fresh Dovecot on free loopback ports and wait until it serves IMAP."""
    base_dir = Path(tempfile.mkdtemp(prefix="dc", dir="/tmp"))
    try:
        _prepare_dir(base_dir)
        for _ in range(_START_ATTEMPTS):
            server = _try_start(base_dir)
            if server is not None:
                return server
        raise DovecotError(f"no free ports after {_START_ATTEMPTS} attempts; see {base_dir}")
    except BaseException:
        shutil.rmtree(base_dir, ignore_errors=True)
        raise


def _prepare_dir(base_dir: Path) -> None:
    """Write the passwd file and TLS files and set ownership for the mail user."""
    users = [SMOKE_USER, *POOL_USERS]
    (base_dir / "passwd").write_text("".join(f"{u}:{{PLAIN}}{p}::::::\n" for u, p in users))
    tls = base_dir / "tls"
    tls.mkdir()
    subprocess.run(
        [
            *"openssl req -x509 -nodes -days 2 -subj /CN=localhost".split(),
            *"-newkey ec -pkeyopt ec_paramgen_curve:prime256v1".split(),
            *"-addext subjectAltName=IP:127.0.0.1,DNS:localhost".split(),
            *["-keyout", str(tls / "key.pem"), "-out", str(tls / "cert.pem")],
        ],
        check=True,
        capture_output=True,
    )
    mail_dir = base_dir / "mail"
    mail_dir.mkdir()
    if os.geteuid() == 0:
        # mkdtemp() gives 0700 and the umask may be strict: the auth process
        # (user dovecot) reads passwd and the mail user must traverse the dir.
        base_dir.chmod(0o755)
        (base_dir / "passwd").chmod(0o644)
        ids = _root_identities()
        shutil.chown(mail_dir, ids["MAIL_USER"], ids["MAIL_GROUP"])


def _root_identities() -> dict[str, str]:
    """Process identities used when running as root (see the template)."""
    try:
        mail_group = grp.getgrnam("nogroup").gr_name
    except KeyError:
        mail_group = "nobody"
    return {
        "INTERNAL_USER": "dovecot",
        "INTERNAL_GROUP": "dovecot",
        "LOGIN_USER": "dovenull",
        "MAIL_USER": "nobody",
        "MAIL_GROUP": mail_group,
    }


def _identities() -> dict[str, str]:
    """Process identities for the config: Debian's users as root, else ourselves."""
    if os.geteuid() == 0:
        return _root_identities()
    user = pwd.getpwuid(os.geteuid()).pw_name
    group = grp.getgrgid(os.getegid()).gr_name
    return {
        "INTERNAL_USER": user,
        "INTERNAL_GROUP": group,
        "LOGIN_USER": user,
        "MAIL_USER": user,
        "MAIL_GROUP": group,
    }


def _free_ports(count: int) -> list[int]:
    """Return ``count`` distinct loopback ports that were free a moment ago."""
    sockets = []
    try:
        for _ in range(count):
            sock = socket.socket()
            sockets.append(sock)
            sock.bind((HOST, 0))
        return [sock.getsockname()[1] for sock in sockets]
    finally:
        for sock in sockets:
            sock.close()


def _try_start(base_dir: Path) -> DovecotServer | None:
    """Start Dovecot once; return None if it lost a port race, raise on other errors."""
    imap_port, imaps_port, lmtp_port = _free_ports(3)
    greeting = f"maild-test-{secrets.token_hex(6)}"
    values = {
        "DIR": str(base_dir),
        "GREETING": greeting,
        "IMAP_PORT": str(imap_port),
        "IMAPS_PORT": str(imaps_port),
        "LMTP_PORT": str(lmtp_port),
        **_identities(),
    }
    config = TEMPLATE.read_text()
    for name, value in values.items():
        config = config.replace(f"@{name}@", value)
    (base_dir / "dovecot.conf").write_text(config)
    log_path = base_dir / "dovecot.log"
    log_offset = log_path.stat().st_size if log_path.exists() else 0

    with open(base_dir / "stdout.log", "ab") as output:
        process = subprocess.Popen(
            ["dovecot", "-F", "-c", str(base_dir / "dovecot.conf")],
            stdin=subprocess.DEVNULL,
            stdout=output,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    server = DovecotServer(base_dir, process, imap_port, imaps_port, lmtp_port)
    server.greeting = greeting
    try:
        _wait_ready(server, greeting)
    except BaseException as exc:
        _terminate(process)
        log = log_path.read_bytes()[log_offset:] if log_path.exists() else b""
        if isinstance(exc, DovecotError) and b"Address already in use" in log:
            return None
        raise
    return server


def _wait_ready(server: DovecotServer, greeting: str) -> None:
    """Wait for our own greeting on the IMAP port, then LOGIN and SELECT INBOX."""
    deadline = time.monotonic() + _READY_TIMEOUT
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            raise DovecotError(f"dovecot exited with {server.process.returncode}")
        if greeting.encode() in _read_banner(server.host, server.imap_port):
            break
        time.sleep(0.05)
    else:
        raise DovecotError(f"no greeting {greeting!r} within {_READY_TIMEOUT}s")
    try:
        with imaplib.IMAP4(server.host, server.imap_port, timeout=5) as imap:
            imap.login(*SMOKE_USER)
            status, detail = imap.select("INBOX")
    except (OSError, imaplib.IMAP4.error) as exc:
        raise DovecotError(f"smoke LOGIN/SELECT failed: {exc}") from exc
    if status != "OK":
        raise DovecotError(f"smoke SELECT failed: {detail!r}")


def _read_banner(host: str, port: int) -> bytes:
    """Return the first line the server sends, or b"" if it is not answering."""
    try:
        with socket.create_connection((host, port), timeout=1) as sock:
            return sock.makefile("rb").readline()
    except OSError:
        return b""


def _terminate(process: subprocess.Popen) -> None:
    """SIGTERM the master, then SIGKILL whatever is left of its process group."""
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(_STOP_TIMEOUT)
        except subprocess.TimeoutExpired:
            pass
    try:
        # start_new_session=True made the master a group leader: pgid == pid.
        os.killpg(process.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    process.wait()
