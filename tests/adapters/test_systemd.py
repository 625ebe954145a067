"""sd_notify over a real unix datagram socket, as systemd listens for it."""

from __future__ import annotations

import logging
import math
import os
import socket
from pathlib import Path

import pytest

from maild.adapters.systemd import Notifier


@pytest.fixture
def listener(tmp_path: Path):
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    path = str(tmp_path / "notify")
    sock.bind(path)
    sock.settimeout(2.0)
    yield path, sock
    sock.close()


def received(sock: socket.socket) -> list[str]:
    return sock.recv(4096).decode("utf-8").split("\n")


def test_outside_systemd_nothing_is_sent_and_nothing_fails():
    notifier = Notifier.from_env({})
    assert not notifier.enabled
    assert notifier.interval == math.inf
    assert notifier.send("READY=1") is False
    notifier.ready()
    notifier.alive()
    notifier.stopping()


def test_ready_status_and_stopping_arrive_as_datagrams(listener):
    path, sock = listener
    notifier = Notifier.from_env({"NOTIFY_SOCKET": path})
    notifier.ready("serving imap:dor@ptg139.com")
    assert received(sock) == ["READY=1", "STATUS=serving imap:dor@ptg139.com"]
    notifier.status("store failed,\nreconnecting")  # a newline would start a forged field
    assert received(sock) == ["STATUS=store failed, reconnecting"]
    notifier.stopping()
    assert received(sock) == ["STOPPING=1"]


def test_the_watchdog_is_pinged_at_half_its_time_and_only_when_asked_for(listener):
    path, sock = listener
    assert Notifier.from_env({"NOTIFY_SOCKET": path, "WATCHDOG_USEC": "20000000"}).interval == 10.0
    quiet = Notifier.from_env({"NOTIFY_SOCKET": path})
    quiet.alive()  # no WatchdogSec: nothing to send
    watched = Notifier.from_env({"NOTIFY_SOCKET": path, "WATCHDOG_USEC": "20000000",
                                 "WATCHDOG_PID": str(os.getpid())})
    watched.alive()
    assert received(sock) == ["WATCHDOG=1"]


def test_a_watchdog_meant_for_another_process_is_not_ours(listener):
    path, _ = listener
    notifier = Notifier.from_env({"NOTIFY_SOCKET": path, "WATCHDOG_USEC": "20000000", "WATCHDOG_PID": "1"})
    assert notifier.watchdog is None and notifier.interval == math.inf


def test_an_abstract_socket_name_is_understood():
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    name = f"maild-test-{os.getpid()}"
    sock.bind("\0" + name)
    sock.settimeout(2.0)
    try:
        Notifier.from_env({"NOTIFY_SOCKET": "@" + name}).ready()
        assert received(sock) == ["READY=1"]
    finally:
        sock.close()


def test_a_socket_gone_away_is_logged_once_and_never_raises(tmp_path, caplog):
    notifier = Notifier.from_env({"NOTIFY_SOCKET": str(tmp_path / "nobody-listens")})
    with caplog.at_level(logging.WARNING, logger="maild.adapters.systemd"):
        assert notifier.send("READY=1") is False
        assert notifier.send("STATUS=again") is False
    assert [r.getMessage().startswith("could not notify systemd") for r in caplog.records] == [True]
