"""A TCP proxy on loopback that the tests can break on purpose, between maild and a real server.

``FaultyProxy(host, port)`` forwards a free local port to the server. Its faults are the network's:

* ``freeze()`` / ``thaw()``: stop moving bytes, keeping every connection open (a dead NAT entry,
  a hung peer: nothing is closed, nothing arrives);
* ``cut()``: close every open connection at once (a server restart, a failover, a kicked backend);
* ``refuse()`` / ``restore()``: close the listening socket, so new connections are refused, and
  listen again on the same port.
"""

from __future__ import annotations

import select
import socket
import threading


class FaultyProxy:
    def __init__(self, target_host: str, target_port: int) -> None:
        self.target = (target_host, target_port)
        self.host = "127.0.0.1"
        with socket.socket() as probe:
            probe.bind((self.host, 0))
            self.port = probe.getsockname()[1]
        self._frozen = threading.Event()
        self._lock = threading.Lock()
        self._pairs: list[tuple[socket.socket, socket.socket]] = []
        self._listener: socket.socket | None = None
        self._stopped = threading.Event()
        self.connections = 0  # accepted so far

    # ---- lifecycle -------------------------------------------------------------------------

    def start(self) -> FaultyProxy:
        self._listen()
        return self

    def stop(self) -> None:
        self._stopped.set()
        self.refuse()

    def _listen(self) -> None:
        listener = socket.socket()
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind((self.host, self.port))
        listener.listen(64)
        self._listener = listener
        threading.Thread(target=self._accept, args=(listener,), daemon=True).start()

    # ---- faults -----------------------------------------------------------------------------

    def freeze(self) -> None:
        self._frozen.set()

    def thaw(self) -> None:
        self._frozen.clear()

    def cut(self) -> None:
        with self._lock:
            pairs, self._pairs = self._pairs, []
        for a, b in pairs:
            for s in (a, b):
                try:
                    s.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass
                s.close()

    def refuse(self) -> None:
        listener, self._listener = self._listener, None
        if listener is not None:
            listener.close()
        self.cut()

    def restore(self) -> None:
        if self._listener is None and not self._stopped.is_set():
            self._listen()

    # ---- forwarding ----------------------------------------------------------------------------

    def _accept(self, listener: socket.socket) -> None:
        while True:
            try:
                client, _ = listener.accept()
            except OSError:
                return  # the listener was closed
            try:
                upstream = socket.create_connection(self.target, timeout=5)
            except OSError:
                client.close()
                continue
            with self._lock:
                self._pairs.append((client, upstream))
                self.connections += 1
            threading.Thread(target=self._pump, args=(client, upstream), daemon=True).start()

    def _pump(self, a: socket.socket, b: socket.socket) -> None:
        peers = {a: b, b: a}
        try:
            while True:
                if self._frozen.is_set():
                    self._frozen_wait()
                    continue
                readable, _, _ = select.select(list(peers), [], [], 0.2)
                for s in readable:
                    if self._frozen.is_set():
                        break
                    data = s.recv(65536)
                    if not data:
                        return
                    peers[s].sendall(data)
        except (OSError, ValueError):
            return
        finally:
            for s in (a, b):
                try:
                    s.close()
                except OSError:
                    pass

    def _frozen_wait(self) -> None:
        self._stopped.wait(0.1)
