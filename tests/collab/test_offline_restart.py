"""Edits made offline survive the app dying before it reconnects: real processes on 127.0.0.1.

A participant goes offline, adds a card and a comment, and is killed (SIGKILL: no goodbye, no save).
Started again on the same room, it merges them from its update log; the room then holds each exactly
once, even when the same log is replayed a second time.
"""

import shutil
import time

from journey_studio.collab.update_log import UpdateLog
from journey_studio.io import parse_workspace

from .peer_process import OFFLINE_CARD, OFFLINE_COMMENT
from .test_processes import DEADLINE, PEER, _late_joiner, _serve, _wait


def _counts(data: bytes) -> tuple[int, int]:
    m = parse_workspace(data).maps[0]
    return (sum(card.title == OFFLINE_CARD for card in m.cards),
            sum(comment.text == OFFLINE_COMMENT for card in m.cards for comment in card.comments))


def test_offline_edits_of_a_killed_participant_arrive_once_when_it_joins_again(children, tmp_path,
                                                                                sample_path) -> None:
    until = time.monotonic() + DEADLINE
    _server, link = _serve(children, tmp_path / "server", 0, sample_path, until)
    log = tmp_path / "alice.yupdates"
    first = tmp_path / "alice.json"
    alice = children.start(str(PEER), link, "Alice", str(first), "--update-log", str(log), "--offline-edit")
    _wait(lambda: first.with_suffix(".edited").exists() or alice.poll() is not None, until, "the offline edits")
    assert alice.poll() is None, alice.stderr.read()
    children.kill(alice)  # the app dies while offline
    assert len(UpdateLog(log).updates()) >= 2
    kept = tmp_path / "kept.yupdates"
    shutil.copyfile(log, kept)
    assert _counts(_late_joiner(children, link, tmp_path / "before.json", until)) == (0, 0)  # the room never had them

    again = children.start(str(PEER), link, "Alice", str(tmp_path / "again.json"), "--join-only",
                           "--update-log", str(log))
    _wait(lambda: again.poll() is not None, until, "Alice to join again")
    assert again.returncode == 0, again.stderr.read()
    assert _counts((tmp_path / "again.json").read_bytes()) == (1, 1)
    assert not log.exists()  # left while connected: the room has it all
    assert _counts(_late_joiner(children, link, tmp_path / "after.json", until)) == (1, 1)

    twice = children.start(str(PEER), link, "Alice", str(tmp_path / "twice.json"), "--join-only",
                           "--update-log", str(kept))  # the same edits once more: nothing doubles
    _wait(lambda: twice.poll() is not None, until, "Alice to join a third time")
    assert twice.returncode == 0, twice.stderr.read()
    assert _counts(_late_joiner(children, link, tmp_path / "last.json", until)) == (1, 1)


def test_a_log_torn_by_a_crash_keeps_its_whole_updates(tmp_path) -> None:
    log = UpdateLog(tmp_path / "room.yupdates")
    log.append(b"first")
    log.append(b"second")
    with open(log.path, "ab") as handle:
        handle.write(b"\x00\x00\x01\x00partial")  # a record cut short mid-write
    assert log.updates() == [b"first", b"second"]
    log.clear()
    assert log.updates() == [] and not log.path.exists()
