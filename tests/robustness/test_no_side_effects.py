"""Opening a map never executes code, never reads another local file, never touches the network.

Avatars are embedded (base64, size-capped), never referenced by path or URL, so a map that
*mentions* paths and URLs must still read exactly one file: itself. Python's audit hooks see
every open, socket, subprocess and exec/compile, however deep in a library it happens.
"""

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager, suppress

from journey_studio.io import JourneyFileError, read_workspace, workspace_to_bytes
from tests.factories import sample_workspace
from tests.robustness.hostile_corpus import corpus

WATCHED = ("open", "os.listdir", "os.scandir", "socket.", "subprocess.", "os.system", "os.exec", "os.posix_spawn",
           "os.spawn", "os.startfile", "exec", "compile", "import", "urllib.", "ctypes.", "shutil.", "os.remove",
           "os.rename", "os.unlink", "os.mkdir", "os.chmod", "webbrowser")

_events: list[tuple[str, tuple]] | None = None


def _hook(event: str, args: tuple) -> None:
    if _events is not None and event.startswith(WATCHED):
        _events.append((event, args))


sys.addaudithook(_hook)  # audit hooks cannot be removed: it only records while a test is watching


@contextmanager
def watching() -> Iterator[list[tuple[str, tuple]]]:
    global _events
    seen: list[tuple[str, tuple]] = []
    _events = seen
    try:
        yield seen
    finally:
        _events = None


def mentions_paths_and_urls() -> bytes:
    document = json.loads(workspace_to_bytes(sample_workspace()))
    lures = [
        "/etc/passwd", "file:///etc/shadow", "~/.ssh/id_rsa", "C:\\Windows\\win.ini", "\\\\server\\share\\x.png",
        "https://example.com/tracker.png", "http://169.254.169.254/latest/meta-data/", "data:image/png;base64,AAAA",
        "$(rm -rf ~)", "`reboot`", "__import__('os').system('id')", "{{7*7}}", "<script>alert(1)</script>",
    ]
    document["metadata"]["title"] = lures[0]
    document["metadata"]["author"] = lures[5]
    document["personas"][0]["avatar"]["emoji"] = "🔗"
    document["personas"][0]["data_sources"] = lures
    card = document["maps"][0]["cards"][0]
    card["body"] = "\n".join(lures)
    card["evidence"]["reference"] = lures[1]
    card["tags"] = lures[:10]
    # A stage icon given as a path ("../../../../etc/passwd") is refused at load since issue 14:
    # test_export_hostile.test_a_stage_icon_outside_the_bundled_set_is_refused_at_load.
    return json.dumps(document, ensure_ascii=False).encode("utf-8")


def _opened_paths(events: list[tuple[str, tuple]]) -> list[str]:
    return [str(args[0]) for event, args in events if event == "open"]


def test_a_map_full_of_paths_and_urls_reads_only_itself(tmp_path):
    path = tmp_path / "lures.journey.json"
    path.write_bytes(mentions_paths_and_urls())
    read_workspace(path)  # warm up: every lazy import happens before we watch
    with watching() as events:
        workspace = read_workspace(path)
    assert _opened_paths(events) == [str(path)]
    assert [event for event, _ in events if event != "open"] == []
    assert "/etc/passwd" in workspace.personas[0].data_sources


def test_refused_files_read_only_themselves_too(tmp_path):
    for case in corpus():
        path = tmp_path / f"{case.name}.journey.json"
        path.write_bytes(case.data)
        with suppress(JourneyFileError):
            read_workspace(path)
        with watching() as events, suppress(JourneyFileError):
            read_workspace(path)
        assert _opened_paths(events) == [str(path)], case.name
        assert [event for event, _ in events if event != "open"] == [], case.name


def test_a_document_opened_in_the_editor_reads_only_its_file(tmp_path):
    from journey_studio.document import Document

    path = tmp_path / "lures.journey.json"
    path.write_bytes(mentions_paths_and_urls())
    Document.open(path).deleteLater()
    with watching() as events:
        document = Document.open(path)
    assert _opened_paths(events) == [str(path)]
    assert [event for event, _ in events if event != "open"] == []
    document.deleteLater()


def test_the_watcher_would_notice(tmp_path):
    """The checks above must be able to fail."""
    other = tmp_path / "other.txt"
    other.write_text("x", encoding="utf-8")
    with watching() as events:
        other.read_text(encoding="utf-8")
        import socket

        socket.socket().close()  # no connection: creating one is enough to be seen
        exec(compile("1 + 1", "<test>", "eval"))  # the point of the test
    names = [event for event, _ in events]
    assert str(other) in _opened_paths(events)
    assert any(name.startswith("socket.") for name in names)
    assert "exec" in names and "compile" in names


def test_the_format_has_no_field_for_an_image_path_or_url():
    """An avatar is an emoji or embedded data; adding a path or URL field would need this test changed."""
    from journey_studio.model import Avatar

    assert set(Avatar.model_fields) == {"emoji", "image_base64", "image_mime"}
