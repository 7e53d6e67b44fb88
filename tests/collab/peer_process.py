"""An editing peer in a process of its own, for the real-process test (test_processes.py).

    python tests/collab/peer_process.py LINK NAME OUT --seed N --edits N [--offline A:B] [--join-only]

Joins the room, makes ``--edits`` random edits with undos and redos (going offline between
edit A and edit B), then keeps writing its map as saved (OUT, atomically) with OUT.done beside
it, until killed. ``--join-only`` joins, writes once and exits: a late joiner.
"""

import argparse
import os
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


from PySide6.QtCore import QCoreApplication  # noqa: E402
from PySide6.QtGui import QGuiApplication  # noqa: E402

from journey_studio.collab.link import parse_link  # noqa: E402
from journey_studio.collab.schema import read_workspace  # noqa: E402
from journey_studio.collab.session import LiveSession  # noqa: E402
from journey_studio.collab.update_log import UpdateLog  # noqa: E402
from journey_studio.document import Document  # noqa: E402
from journey_studio.editor import InvalidEdit, MapEditor  # noqa: E402
from journey_studio.io import workspace_to_bytes  # noqa: E402
from tests.collab.random_edits import random_edit  # noqa: E402


def pump(seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QCoreApplication.processEvents()
        time.sleep(0.005)


def wait_for(condition, seconds: float) -> None:
    end = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > end:
            raise SystemExit("timed out")
        pump(0.01)


def write(out: Path, data: bytes) -> None:
    temporary = out.with_suffix(".tmp")
    temporary.write_bytes(data)
    os.replace(temporary, out)


OFFLINE_CARD = "Ajoutée hors ligne ☕"
OFFLINE_COMMENT = "Note prise hors ligne"


def offline_edit(session: LiveSession, editor: MapEditor, out: Path) -> None:
    """Leave the room, edit, say so, and wait for the test to kill this process (a crash while offline)."""
    session.client.go_offline(True)
    wait_for(lambda: session.status != "live", 20)
    m = editor.map
    editor.add_card(m.stages[0].id, m.lanes[0].id, OFFLINE_CARD)
    editor.add_comment(m.cards[0].id, OFFLINE_COMMENT)
    out.with_suffix(".edited").write_text("edited")
    while True:
        pump(0.2)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("link")
    parser.add_argument("name")
    parser.add_argument("out", type=Path)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--edits", type=int, default=60)
    parser.add_argument("--offline", default="")
    parser.add_argument("--join-only", action="store_true")
    parser.add_argument("--update-log", type=Path, default=None)
    parser.add_argument("--offline-edit", action="store_true",
                        help="go offline, add a card and a comment, write OUT.edited, wait to be killed")
    options = parser.parse_args()
    QGuiApplication([])
    update_log = UpdateLog(options.update_log) if options.update_log is not None else None
    session = LiveSession(parse_link(options.link), options.name, "#E45756", update_log=update_log)
    session.start()
    wait_for(lambda: session.is_synced, 20)
    document = Document(read_workspace(session.doc))
    if options.join_only:
        write(options.out, workspace_to_bytes(document.workspace))
        session.stop()
        return 0
    log = options.out.with_suffix(".log").open("w", encoding="utf-8")
    session.statusChanged.connect(lambda status, message: message and log.write(f"status {status}: {message}\n"))
    session.bind(document)
    editor = MapEditor(document)
    if options.offline_edit:
        offline_edit(session, editor, options.out)
    rng = random.Random(options.seed)
    offline = tuple(int(x) for x in options.offline.split(":")) if options.offline else (-1, -1)
    for index in range(options.edits):
        if index == offline[0]:
            session.client.go_offline(True)
        if index == offline[1]:
            session.client.go_offline(False)
        try:
            done = random_edit(rng, editor, document)
        except InvalidEdit as error:
            done = f"refused: {error}"
        log.write(f"{index} {done}\n")
        log.flush()
        pump(rng.uniform(0.005, 0.03))
    session.client.go_offline(False)
    wait_for(lambda: session.status == "live", 20)
    options.out.with_suffix(".done").write_text("done")
    while True:  # until the test has what it needs and kills us
        write(options.out, workspace_to_bytes(document.workspace))
        # The shared document as this peer holds it: a failure tells a patch bug from a sync bug.
        write(options.out.with_suffix(".doc.json"), workspace_to_bytes(read_workspace(session.doc)))
        pump(0.2)


if __name__ == "__main__":
    sys.exit(main())
