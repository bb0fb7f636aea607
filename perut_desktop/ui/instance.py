"""One window per data folder: a second start hands its files to the running window and
exits (as qutebrowser does it).

The running window listens on a local socket (``QLocalServer``) named for the user and the
data folder; a second start connects first and, when someone answers, sends one JSON line
``{"version": 1, "files": [absolute paths]}`` and exits. Only when nobody answers does it
listen itself (a stale socket of a crashed window is removed first); when two starts race
for the name, the loser connects again and hands over.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import logging
import os
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

PROTOCOL_VERSION = 1
CONNECT_TIMEOUT_MS = 1500
READ_TIMEOUT_MS = 2000
MAX_MESSAGE = 1 << 20


def server_name(data_dir: Path) -> str:
    """The socket's name: per user and per data folder (resolved), short enough for every
    platform's limit."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = str(os.getuid()) if hasattr(os, "getuid") else "user"
    key = f"{user}|{Path(data_dir).resolve()}".encode()
    return f"perut-{hashlib.sha256(key).hexdigest()[:20]}"


def hand_over(data_dir: Path, files: Sequence[Path], *, timeout_ms: int = CONNECT_TIMEOUT_MS) -> bool:
    """Send ``files`` to the window already running on ``data_dir``; False when none runs."""
    socket = QLocalSocket()
    socket.connectToServer(server_name(data_dir))
    if not socket.waitForConnected(timeout_ms):
        return False
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
        super().__init__(parent)
        self.name = server_name(data_dir)
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._on_new_connection)
        self._buffers: dict[QLocalSocket, bytes] = {}

    def listen(self) -> bool:
        """Start listening; False when another window holds the name (it answered).
        Someone is asked first: on Unix a second server could otherwise take the name over."""
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
        socket.deleteLater()

    def _handle(self, line: bytes) -> None:
        try:
            message = json.loads(line.decode("utf-8"))
            if int(message.get("version", 0)) != PROTOCOL_VERSION:
                raise ValueError(f"protocol {message.get('version')!r}")
            files = [Path(str(f)) for f in message.get("files", [])]
        except (ValueError, AttributeError, TypeError) as exc:
            log.warning("a second start sent an unreadable message: %s", exc)
            return
        self.files_received.emit(files)
