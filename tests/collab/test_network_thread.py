"""The network thread owns no document: it hands raw bytes to the GUI thread, through queued signals."""

import threading

from PySide6.QtCore import QObject, Qt, Slot

from journey_studio.collab.session import LiveSession

from .live import host, start_server


class _Probe(QObject):
    """Lives in the GUI thread: a queued connection delivers to it there."""

    def __init__(self, forward):
        super().__init__()
        self.delivered: list[tuple[type, bool]] = []
        self._forward = forward

    @Slot(bytes)
    def on_message(self, message: bytes) -> None:
        self.delivered.append((type(message), threading.current_thread() is threading.main_thread()))
        self._forward(message)


def test_the_network_thread_hands_only_bytes_to_the_gui_thread(qtbot, tmp_path, small_workspace) -> None:
    server = start_server(tmp_path)
    owner = host(qtbot, server, small_workspace)
    try:
        session = LiveSession(server.server.link("room-under-test"), "Dana", "#54A24B")
        session.client.received.disconnect(session._on_message)
        probe = _Probe(session._on_message)
        session.client.received.connect(probe.on_message)
        emitted: list[bool] = []
        session.client.received.connect(
            lambda _m: emitted.append(threading.current_thread() is threading.main_thread()),
            Qt.ConnectionType.DirectConnection)
        session.start()
        qtbot.waitUntil(lambda: session.is_synced, timeout=8000)
        assert emitted and not any(emitted)  # emitted on the network thread…
        assert probe.delivered and all(kind is bytes and on_gui for kind, on_gui in probe.delivered)  # …used here
        assert session.client._thread is not threading.current_thread()
        session.stop()
    finally:
        owner.stop()
        server.stop()
