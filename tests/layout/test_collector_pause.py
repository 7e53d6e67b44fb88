"""A layout holds the cyclic collector off while it is built (it makes many objects and no cycle) and leaves it as
it found it: running after a layout, after one that failed, after layouts nested or on several threads at once, and
still stopped after a layout if something else had stopped it."""

import gc
import threading
from collections.abc import Iterator

import pytest

from journey_studio.layout import collector, map_layout
from journey_studio.layout.map_layout import compute_layout
from journey_studio.model import JourneyMap, Lane, LaneKind, Stage

JOURNEY = JourneyMap(id="m", title="Carte", stages=[Stage(id="s", name="Étape")],
                     lanes=[Lane(id="l", title="Fiches", kind=LaneKind.ACTIONS)])


@pytest.fixture(autouse=True)
def _collector_running() -> Iterator[None]:
    gc.enable()
    yield
    gc.enable()


def test_the_collector_waits_during_a_layout_and_runs_after(monkeypatch: pytest.MonkeyPatch) -> None:
    seen = []
    size_cells = map_layout._size_cells

    def watched(*args: object, **kwargs: object) -> object:
        seen.append(gc.isenabled())
        return size_cells(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(map_layout, "_size_cells", watched)
    compute_layout(JOURNEY)
    assert seen == [False]
    assert gc.isenabled()


def test_a_failed_layout_resumes_it(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*_args: object) -> None:
        raise RuntimeError("broken on purpose")

    monkeypatch.setattr(map_layout, "_size_cells", broken)
    with pytest.raises(RuntimeError):
        compute_layout(JOURNEY)
    assert gc.isenabled()


def test_it_stays_stopped_if_it_was() -> None:
    gc.disable()
    compute_layout(JOURNEY)
    assert not gc.isenabled()


def test_nested_and_threaded_layouts_resume_it_once_the_last_ends() -> None:
    inner_done = threading.Event()
    release = threading.Event()
    states: list[bool] = []

    def other_thread() -> None:
        with collector.paused():
            inner_done.set()
            release.wait(5)

    with collector.paused():
        with collector.paused():
            states.append(gc.isenabled())
        states.append(gc.isenabled())  # the outer pause still holds it
        thread = threading.Thread(target=other_thread)
        thread.start()
        inner_done.wait(5)
    states.append(gc.isenabled())  # the other thread's layout is still under way
    release.set()
    thread.join(5)
    states.append(gc.isenabled())
    assert states == [False, False, False, True]


def test_the_checks_catch_a_pause_that_never_resumes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(collector.gc, "enable", lambda: None)  # a resume that does nothing
    compute_layout(JOURNEY)
    assert not gc.isenabled()  # what the checks above would catch
    assert collector._under_way == 0
