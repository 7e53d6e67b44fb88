"""An editing peer in a process of its own, for the real-process test (test_processes.py).

    python tests/collab/peer_process.py LINK NAME OUT --seed N --edits N [--offline A:B] [--join-only]

Joins the room, makes ``--edits`` random edits with undos and redos (going offline between
edit A and edit B), then keeps writing its map as saved (OUT, atomically) with OUT.done beside
it, until killed. ``--join-only`` joins, writes once and exits: a late joiner.
"""

import argparse
import contextlib
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
from journey_studio.document import Document  # noqa: E402
from journey_studio.editor import InvalidEdit, MapEditor  # noqa: E402
from journey_studio.io import workspace_to_bytes  # noqa: E402


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


def random_edit(rng: random.Random, editor: MapEditor, document: Document) -> None:
    m = editor.map
    cards, stages, lanes = m.cards, m.stages, m.lanes
    action = rng.choice(["title", "title", "add", "move", "delete", "comment", "stage", "emotion", "undo", "undo",
                         "redo", "add_stage", "delete_stage"])
    if action == "title" and cards:
        card = rng.choice(cards)
        words = card.title.split(" ")
        words.insert(rng.randint(0, len(words)), rng.choice(["café", "☕", "été", "😊", "ok", "prix"]))
        editor.set_card(card.id, {"title": " ".join(words)[:200]})
    elif action == "add" and stages and lanes:
        editor.add_card(rng.choice(stages).id, rng.choice(lanes).id, rng.choice(["Idée", "Besoin 😊", "Étape"]))
    elif action == "move" and cards and stages and lanes:
        editor.move_cards([rng.choice(cards).id], rng.choice(stages).id, rng.choice(lanes).id)
    elif action == "delete" and len(cards) > 5:
        editor.remove_cards([rng.choice(cards).id])
    elif action == "comment" and cards:
        editor.add_comment(rng.choice(cards).id, rng.choice(["vu", "à vérifier", "d'accord 👍"]))
    elif action == "stage" and len(stages) > 1:
        editor.move_stage(rng.choice(stages).id, rng.randrange(len(stages)))
    elif action == "emotion" and m.emotion_points:
        scale = m.emotion_scale
        editor.set_emotion_point(rng.choice(m.emotion_points).id, {"score": rng.randint(scale.minimum, scale.maximum)})
    elif action == "undo":
        document.undo_stack.undo()
    elif action == "redo":
        document.undo_stack.redo()
    elif action == "add_stage" and len(stages) < 12:
        editor.add_stage(rng.randrange(len(stages) + 1), rng.choice(["Nouvelle", "Après-vente"]))
    elif action == "delete_stage" and len(stages) > 3:
        editor.remove_stage(rng.choice(stages).id)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("link")
    parser.add_argument("name")
    parser.add_argument("out", type=Path)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--edits", type=int, default=60)
    parser.add_argument("--offline", default="")
    parser.add_argument("--join-only", action="store_true")
    options = parser.parse_args()
    QGuiApplication([])
    session = LiveSession(parse_link(options.link), options.name, "#E45756")
    session.start()
    wait_for(lambda: session.is_synced, 20)
    document = Document(read_workspace(session.doc))
    if options.join_only:
        write(options.out, workspace_to_bytes(document.workspace))
        session.stop()
        return 0
    session.bind(document)
    editor = MapEditor(document)
    rng = random.Random(options.seed)
    offline = tuple(int(x) for x in options.offline.split(":")) if options.offline else (-1, -1)
    for index in range(options.edits):
        if index == offline[0]:
            session.client.go_offline(True)
        if index == offline[1]:
            session.client.go_offline(False)
        with contextlib.suppress(InvalidEdit):
            random_edit(rng, editor, document)
        pump(rng.uniform(0.005, 0.03))
    session.client.go_offline(False)
    wait_for(lambda: session.status == "live", 20)
    options.out.with_suffix(".done").write_text("done")
    while True:  # until the test has what it needs and kills us
        write(options.out, workspace_to_bytes(document.workspace))
        pump(0.2)


if __name__ == "__main__":
    sys.exit(main())
