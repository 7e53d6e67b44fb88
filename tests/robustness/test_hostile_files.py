"""Hostile and broken files: never a crash, never a hang, always a typed error with a clear message.

The same corpus goes through the file layer, the command line and the window.
"""

import os
import threading
from pathlib import Path

import pytest

from journey_studio.io import JourneyFileError, UnreadableFile, read_workspace
from tests.robustness.hostile_corpus import GOOD, corpus

CORPUS = corpus()
HUNG = 120.0
"""Seconds after which opening a file counts as hung, not slow: the times are in bench/bench_hostile_files.py."""


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / f"{name}.journey.json"
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("case", CORPUS, ids=[c.name for c in CORPUS])
def test_every_hostile_file_opens_or_is_refused_with_a_typed_error(tmp_path, case):
    path = write(tmp_path, case.name, case.data)
    error = _opens_in_time(path, HUNG)
    assert error is None or isinstance(error, JourneyFileError), repr(error)
    if case.error is None:
        assert error is None, str(error)
        return
    assert type(error) is case.error, f"{type(error).__name__}: {error}"
    message = str(error)
    assert str(path) in message
    assert case.words in message
    assert len(message) < 5_000, "the message must stay readable whatever the file holds"


def test_a_100_mb_file_is_refused_before_it_is_read(tmp_path, monkeypatch):
    """The work is bounded by reading nothing: count the bytes read instead of timing them."""
    read: list[int] = []
    real_read = os.read
    monkeypatch.setattr(os, "read", lambda fd, n: read.append(len(chunk := real_read(fd, n))) or chunk)
    path = tmp_path / "huge.journey.json"
    with open(path, "wb") as handle:
        handle.write(GOOD[:100])
        handle.truncate(100 * 1024 * 1024)  # sparse: the test does not fill the disk
    with pytest.raises(UnreadableFile, match="too large"):
        read_workspace(path)
    assert sum(read) == 0
    read_workspace(write(tmp_path, "good", GOOD))
    assert sum(read) == len(GOOD), "a file of a fine size is read (so the count can fail)"


def _opens_in_time(path: Path, seconds: float) -> BaseException | None:
    outcome: list[BaseException | None] = []

    def attempt() -> None:
        try:
            read_workspace(path)
            outcome.append(None)
        except BaseException as error:  # handed to the test thread
            outcome.append(error)

    thread = threading.Thread(target=attempt, daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), f"opening {path} hung"
    return outcome[0]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes")
def test_a_named_pipe_is_refused_without_waiting_for_a_writer(tmp_path):
    path = tmp_path / "pipe.journey.json"
    os.mkfifo(path)
    error = _opens_in_time(path, 5.0)
    assert isinstance(error, UnreadableFile) and "not a file" in str(error)


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="POSIX devices")
def test_an_endless_device_is_refused(tmp_path):
    error = _opens_in_time(Path("/dev/zero"), 5.0)
    assert isinstance(error, UnreadableFile) and "not a file" in str(error)


def test_the_command_line_explains_every_hostile_file(tmp_path, capsys):
    from journey_studio.app.cli import main

    for case in CORPUS:
        path = write(tmp_path, case.name, case.data)
        status = main(["validate", str(path)])
        captured = capsys.readouterr()
        if case.error is None:
            assert status == 0, captured.err
        else:
            assert status == 1, case.name
            assert str(path) in captured.err and "Traceback" not in captured.err


def test_the_window_explains_every_hostile_file_and_keeps_its_map(qtbot, tmp_path, monkeypatch):
    from journey_studio.document import Document
    from journey_studio.templates import new_from_template
    from journey_studio.ui import dialogs
    from journey_studio.ui.main_window import MainWindow

    shown: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, message: shown.append(message))
    window = MainWindow(Document(new_from_template("blank", "en")))
    qtbot.addWidget(window)
    for case in CORPUS:
        if case.error is None:
            continue
        before = window.document
        path = write(tmp_path, case.name, case.data)
        assert not window.files.open_file(path), case.name
        assert window.document is before
        assert shown and str(path) in shown[-1]
