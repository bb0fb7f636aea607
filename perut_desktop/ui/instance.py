"""One window per data folder: a second start hands its files to the running window and
exits (as qutebrowser does it).

A start first takes a lock file (``QLockFile``) named for the user and the data folder; one
left by a window that crashed is taken over (its process is gone). The window holding it
listens on a local socket (``QLocalServer``) of the same name, started once the window has
painted its first frame (QtNetwork stays out of the start, DESIGN.md §8). A start that finds
the lock held connects to that socket — waiting a few seconds for a window still starting —
and sends one JSON line ``{"version": 1, "files": [absolute paths]}``, then exits. Should
the holder never answer, the start opens its window anyway rather than none.
"""

from __future__ import annotations

import getpass
import logging
import os
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCryptographicHash, QDir, QLockFile, QObject, QThread, Signal

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalSocket

log = logging.getLogger(__name__)

PROTOCOL_VERSION = 1
CONNECT_TIMEOUT_MS = 1500
READ_TIMEOUT_MS = 2000
MAX_MESSAGE = 1 << 20
#: How long a start that finds the lock held waits for the holder's window to answer (it
#: listens once its first frame is painted, a fraction of a second after it started).
HAND_OVER_WAIT_MS = 10_000
_RETRY_MS = 50


def server_name(data_dir: Path) -> str:
    """The socket's name: per user and per data folder (resolved), short enough for every
    platform's limit."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = str(os.getuid()) if hasattr(os, "getuid") else "user"
    key = f"{user}|{Path(data_dir).resolve()}".encode()
    # Qt's SHA-256, not hashlib's: OpenSSL stays out of the start
    digest = QCryptographicHash.hash(key, QCryptographicHash.Algorithm.Sha256).toHex().data().decode("ascii")
    return f"perut-{digest[:20]}"


class InstanceLock:
    """The lock a window holds on its data folder while it runs (:meth:`acquire`): in the
    system's temporary folder, named as the socket; never stale by age (a window runs for
    days), only when the process that took it is gone."""

    def __init__(self, data_dir: Path) -> None:
        self.path = Path(QDir.tempPath()) / f"{server_name(data_dir)}.lock"
        self._lock = QLockFile(str(self.path))
        self._lock.setStaleLockTime(0)

    def acquire(self) -> bool:
        """Take the lock now; False when a running window holds it (or it cannot be made:
        then the start hands over if it can, and opens its window otherwise)."""
        return bool(self._lock.tryLock(0))

    def release(self) -> None:
        self._lock.unlock()


def hand_over(data_dir: Path, files: Sequence[Path], *, timeout_ms: int = CONNECT_TIMEOUT_MS,
              wait_ms: int = 0) -> bool:
    """Send ``files`` to the window already running on ``data_dir``; False when none answers
    within ``wait_ms`` (tried again every few milliseconds: a window still starting listens
    once it has painted)."""
    import json

    from PySide6.QtNetwork import QLocalSocket

    name = server_name(data_dir)
    deadline = time.monotonic() + wait_ms / 1000
    socket = QLocalSocket()
    while True:
        socket.connectToServer(name)
        if socket.waitForConnected(timeout_ms):
            break
        socket.abort()
        if time.monotonic() >= deadline:
            return False
        QThread.msleep(_RETRY_MS)
    message = {"version": PROTOCOL_VERSION, "files": [str(Path(f).resolve()) for f in files]}
    socket.write((json.dumps(message) + "\n").encode("utf-8"))
    ok = socket.waitForBytesWritten(timeout_ms)
    socket.disconnectFromServer()
    if socket.state() != QLocalSocket.LocalSocketState.UnconnectedState:
        socket.waitForDisconnected(timeout_ms)
    return ok


class InstanceServer(QObject):
    """Listens for second starts; :attr:`files_received` carries the paths they hand over
    (an empty list: the user started the program again, bring the window forward)."""

    files_received = Signal(list)

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        from PySide6.QtNetwork import QLocalServer

        super().__init__(parent)
        self.name = server_name(data_dir)
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._on_new_connection)
        self._buffers: dict[QLocalSocket, bytes] = {}

    def listen(self) -> bool:
        """Start listening; False when another window holds the name (it answered).
        Someone is asked first: on Unix a second server could otherwise take the name over."""
        from PySide6.QtNetwork import QLocalServer, QLocalSocket

        probe = QLocalSocket()
        probe.connectToServer(self.name)
        if probe.waitForConnected(CONNECT_TIMEOUT_MS):
            probe.disconnectFromServer()
            return False
        QLocalServer.removeServer(self.name)  # left behind by a window that crashed
        if self.server.listen(self.name):
            return True
        log.warning("single-instance server not started: %s", self.server.errorString())
        return True  # no hand-over, but the window still works

    def close(self) -> None:
        self.server.close()

    def _on_new_connection(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            self._buffers[socket] = b""
            socket.readyRead.connect(lambda s=socket: self._on_ready_read(s))
            socket.disconnected.connect(lambda s=socket: self._on_disconnected(s))

    def _on_ready_read(self, socket: QLocalSocket) -> None:
        data = self._buffers.get(socket, b"") + bytes(socket.readAll().data())
        if len(data) > MAX_MESSAGE:
            socket.abort()
            self._buffers.pop(socket, None)
            return
        self._buffers[socket] = data
        if b"\n" in data:
            line, _, rest = data.partition(b"\n")
            self._buffers[socket] = rest
            self._handle(line)

    def _on_disconnected(self, socket: QLocalSocket) -> None:
        rest = self._buffers.pop(socket, b"")
        if rest.strip():
            self._handle(rest)
        if shiboken6.isValid(socket):
            # not again from its destructor (Qt closes a socket as it deletes it)
            socket.readyRead.disconnect()
            socket.disconnected.disconnect()
            socket.deleteLater()

    def _handle(self, line: bytes) -> None:
        import json

        try:
            message = json.loads(line.decode("utf-8"))
            if int(message.get("version", 0)) != PROTOCOL_VERSION:
                raise ValueError(f"protocol {message.get('version')!r}")
            files = [Path(str(f)) for f in message.get("files", [])]
        except (ValueError, AttributeError, TypeError) as exc:
            log.warning("a second start sent an unreadable message: %s", exc)
            return
        self.files_received.emit(files)
