"""Only the command line's export may fork a second drawing process: a window's export draws alone.

A window has an event loop, open files and maybe a display connection that a copy of the process must not share,
and a window under the offscreen platform (or Wayland, or a future Qt) may well run a single thread, which is
all ``png._may_fork`` can see. So the decision is the caller's: ``ExportOptions.second_process``, which only the
command line sets.
"""

import os

import pytest

from journey_studio.export import ExportFailed, ExportOptions, export_map
from journey_studio.export import png as png_module
from journey_studio.export import render as render_module


@pytest.fixture
def forking_forbidden(monkeypatch):
    """Where the process would otherwise fork: ``_may_fork`` says yes, and any fork fails the test."""
    forks: list[int] = []

    def no_fork() -> int:
        forks.append(1)
        raise AssertionError("a window's export forked")

    monkeypatch.setattr(render_module, "STREAMED_BAND_BYTES", 1_200_000)  # many bands on a small map
    monkeypatch.setattr(png_module, "_may_fork", lambda: True)
    monkeypatch.setattr(os, "fork", no_fork)
    return forks


def test_an_export_made_with_the_default_options_draws_in_its_own_process(app, tmp_path, shoes, forking_forbidden):
    path = tmp_path / "map.png"
    export_map(shoes, shoes.maps[0], path, ExportOptions(dpi=150))
    assert path.read_bytes().startswith(b"\x89PNG")
    assert forking_forbidden == []


def test_the_command_line_asks_for_the_second_process(app, tmp_path, shoes, forking_forbidden):
    """The check above can fail: with the command line's options, the same export does try to fork."""
    with pytest.raises(ExportFailed, match="forked"):  # a failed export, named as such
        export_map(shoes, shoes.maps[0], tmp_path / "map.png", ExportOptions(dpi=150, second_process=True))
    assert forking_forbidden == [1]
