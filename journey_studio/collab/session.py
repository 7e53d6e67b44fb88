"""A peer of a live room, on the GUI thread: the Y document, the sync protocol, presence, the binding.

The network thread (``client``) hands over raw messages; this object applies them to the Y
document (through the binding, so the workspace is patched and the host repairs), answers
sync requests, sends local updates, and keeps the awareness states (who is here, what they
have selected, what they are typing in) for the presence overlay.
"""

import time
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from pycrdt import (
    Awareness,
    Doc,
    Subscription,
    YMessageType,
    YSyncMessageType,
    create_awareness_message,
    create_sync_message,
    create_update_message,
    handle_sync_message,
    read_message,
)
from PySide6.QtCore import QObject, QTimer, Signal

from ..document import Document
from .activity import activity_of, record
from .binding import LiveBinding
from .client import NetworkClient, Status
from .link import RoomLink
from .repair import REPAIR_ORIGIN, RepairNote, repair
from .schema import is_empty, live_doc, seed_update
from .update_log import UpdateLog

KEEP_ALIVE_MS = 10_000
"""How often this peer says it is still here."""
GONE_AFTER_MS = 30_000
"""A peer not heard from for this long has left (its app crashed or its laptop closed)."""


@dataclass(frozen=True)
class Person:
    """Somebody in the room, as their awareness state says."""

    client_id: int
    name: str
    colour: str
    selection: tuple[str, ...] = ()
    editing: str = ""
    """The id of the card whose title they are typing in, if any."""


class LiveSession(QObject):
    statusChanged = Signal(str, str)
    """(client.Status, message)."""
    synced = Signal()
    """The room's map has arrived (first sync after joining)."""
    presenceChanged = Signal()
    repaired = Signal(list)
    activityChanged = Signal()
    """The room's activity list changed (a repair was recorded)."""

    def __init__(self, link: RoomLink, name: str, colour: str, doc: Doc | None = None, *, host: bool = False,
                 update_log: UpdateLog | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.link = link
        self.update_log = update_log
        """Where this peer's own edits are kept until it leaves while connected (an offline edit survives a crash)."""
        self._replaying = False
        self.doc = doc if doc is not None else live_doc()
        self.binding: LiveBinding | None = None
        self.status = Status.CONNECTING
        self.status_message = ""
        self.is_synced = False
        self._receiving = False
        self._publish: Any = None
        self.awareness = Awareness(self.doc)
        self.hosting = host
        """This peer shares its own map (File ▸ Share Live…): it repairs and writes the file."""
        self._local_state: dict[str, Any] = {"user": {"name": name, "colour": colour}, "selection": [], "editing": "",
                                             "host": host, "edit": link.access == "edit"}
        self.awareness.set_local_state(self._local_state)
        self._updates: Subscription = self.doc.observe(self._on_doc_update)
        self._log = activity_of(self.doc)  # kept: reading it inside an observer must not create it again
        # Told after the transaction that changed it ends: reading inside it is refused.
        self._activity: Subscription = self._log.observe(
            lambda _event: QTimer.singleShot(0, self.activityChanged.emit))
        self.repaired.connect(self._record_repairs)
        self.client = NetworkClient(link, self)
        self.client.received.connect(self._on_message)
        self.client.connected.connect(self._on_connected)
        self.client.statusChanged.connect(self._on_status)
        self._keep_alive = QTimer(self)
        self._keep_alive.setInterval(KEEP_ALIVE_MS)
        self._keep_alive.timeout.connect(self._tick)

    @property
    def can_edit(self) -> bool:
        return self.link.access == "edit"

    def start(self) -> None:
        self.client.start()
        self._keep_alive.start()

    def stop(self) -> None:
        """Say goodbye (awareness state None, as the protocol wants) and close."""
        self._keep_alive.stop()
        if self.update_log is not None and self.status == Status.LIVE and self.is_synced:
            self.update_log.clear()  # the room has had every one of them
        self.awareness.set_local_state(None)
        self.client.send(create_awareness_message(self.awareness.encode_awareness_update([self.doc.client_id])))
        self.client.stop()
        self.doc.unobserve(self._updates)

    def bind(self, document: Document) -> LiveBinding:
        """Edit ``document`` through the room (its workspace must be what the document holds)."""
        self.binding = LiveBinding(document, self.doc, host=self.hosting, author=self._local_state["user"]["name"],
                                   repair=repair, read_only=not self.can_edit, parent=self)
        self.binding.repaired.connect(self.repaired)
        self._elect()
        return self.binding

    def local_user(self) -> tuple[str, str]:
        """(name, colour) as colleagues see them."""
        user = self._local_state["user"]
        return str(user["name"]), str(user["colour"])

    def activity(self) -> list[dict[str, Any]]:
        return [entry for entry in self._log.to_py() or [] if isinstance(entry, dict)]

    def _record_repairs(self, notes: list[RepairNote]) -> None:
        record(self.doc, [{"kind": n.kind, "subject": n.subject, "detail": n.detail, "by": n.by,
                           "at": time.strftime("%H:%M")} for n in notes], REPAIR_ORIGIN)

    def _elect(self) -> None:
        """Who repairs: the sharing app when it is here, else the editor with the smallest client id.

        Every peer computes the same answer from the same awareness states, with no message of its
        own; while states travel two peers may both repair for a moment, which converges the same.
        """
        if self.binding is None:
            return
        states = {cid: st for cid, st in self.awareness.states.items() if isinstance(st, dict)}
        hosts = [cid for cid, st in states.items() if st.get("host")]
        editors = [cid for cid, st in states.items() if st.get("edit")]
        leader = min(hosts) if hosts else (min(editors) if editors else None)
        self.binding.host = leader == self.doc.client_id

    def publish_if_empty(self, workspace: Any) -> None:
        """Put ``workspace`` in the room if it turns out empty once synced (a fresh room of a headless server)."""
        self._publish = workspace
        if self.is_synced:
            self._maybe_publish()

    # -- presence ---------------------------------------------------------------------------------

    def set_presence(self, *, selection: list[str] | None = None, editing: str | None = None) -> None:
        changed = False
        if selection is not None and list(selection) != self._local_state["selection"]:
            self._local_state["selection"] = list(selection)
            changed = True
        if editing is not None and editing != self._local_state["editing"]:
            self._local_state["editing"] = editing
            changed = True
        if changed:
            self.awareness.set_local_state(dict(self._local_state))
            self._send_presence()

    def people(self) -> list[Person]:
        """Everyone in the room but me, in the order they arrived."""
        found = []
        for client_id, state in sorted(self.awareness.states.items()):
            if client_id == self.doc.client_id or not isinstance(state, dict):
                continue
            user = state.get("user") or {}
            found.append(Person(client_id, str(user.get("name", "?"))[:60], str(user.get("colour", "#888888")),
                                tuple(str(s) for s in state.get("selection") or ()), str(state.get("editing") or "")))
        return found

    def _send_presence(self) -> None:
        update = self.awareness.encode_awareness_update([self.doc.client_id])
        self.client.send(create_awareness_message(update))

    def _tick(self) -> None:
        self.awareness.set_local_state(dict(self._local_state))
        self._send_presence()
        now = int(time.time() * 1000)
        gone = [cid for cid, meta in self.awareness.meta.items()
                if cid != self.doc.client_id and now - int(meta.get("lastUpdated", now)) > GONE_AFTER_MS]
        if gone:
            self.awareness.remove_awareness_states(gone, "timeout")
            self._elect()
            self.presenceChanged.emit()

    # -- protocol ---------------------------------------------------------------------------------

    def _on_connected(self) -> None:
        self.client.send(create_sync_message(self.doc))
        self._send_presence()

    def _on_status(self, status: str, message: str) -> None:
        self.status = Status(status)
        self.status_message = message
        self.statusChanged.emit(status, message)

    def _on_message(self, message: bytes) -> None:
        if not message:
            return
        try:
            if message[0] == YMessageType.SYNC and len(message) > 1:
                with self._applying():
                    reply = handle_sync_message(message[1:], self.doc)
                if reply is not None:
                    self.client.send(reply)
                if message[1] == YSyncMessageType.SYNC_STEP2 and not self.is_synced:
                    self.is_synced = True
                    self._replay_log()
                    self._maybe_publish()
                    self.synced.emit()
            elif message[0] == YMessageType.AWARENESS:
                known = set(self.awareness.states)
                self.awareness.apply_awareness_update(read_message(message[1:]), "remote")
                if set(self.awareness.states) - known:
                    self._send_presence()  # a newcomer: tell them who is here (the server does not)
                self._elect()
                self.presenceChanged.emit()
        except Exception as error:
            self.statusChanged.emit(self.status, f"ignored a message the room sent that could not be read ({error})")

    @contextmanager
    def _applying(self):
        if self.binding is not None:
            with self.binding.receiving(), self._flag():
                yield
        else:
            with self._flag():
                yield

    @contextmanager
    def _flag(self):
        self._receiving = True
        try:
            yield
        finally:
            self._receiving = False

    def _maybe_publish(self) -> None:
        if self._publish is not None and is_empty(self.doc) and self.can_edit:
            self.doc.apply_update(seed_update(self._publish))
        self._publish = None

    def _replay_log(self) -> None:
        """Edits kept from an earlier visit (made offline, then the app closed): into the room once more.

        An update the room already has changes nothing, so the whole log is applied; what is new goes
        out to the room like any edit of ours.
        """
        if self.update_log is None or not self.can_edit:
            return
        updates = self.update_log.updates()
        if not updates:
            return
        self._replaying = True
        try:
            if self.binding is not None:
                with self.binding.receiving():
                    for update in updates:
                        self.doc.apply_update(update)
            else:
                for update in updates:
                    self.doc.apply_update(update)
        finally:
            self._replaying = False

    def _on_doc_update(self, event: Any) -> None:
        if not self._receiving and self.can_edit:
            update = bytes(event.update)
            if self.update_log is not None and not self._replaying:
                self.update_log.append(update)
            self.client.send(create_update_message(update))
