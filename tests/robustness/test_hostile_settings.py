"""Issue 14: a settings file that is, or links to, a pipe, a device stand-in, a folder or a huge file is
never read or written through: the program starts, works, and leaves it exactly as it was.

Links point inside ``tmp_path`` (a pipe blocks a reader as ``/dev/zero`` would run one out of memory);
the program runs in a subprocess with a timeout as a hang guard.
"""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="XDG settings files: Linux")
ROOT = Path(__file__).resolve().parents[2]
SCRIPT = """
import sys
sys.path.insert(0, sys.argv[1])
from journey_studio.app.qt_app import application
from PySide6.QtCore import QSettings
application(headless=True)
settings = QSettings()
settings.setValue("safety/backups", 5)
settings.sync()
print("STATUS", settings.status().name, QSettings().value("safety/backups"))
"""
GIGABYTE = 1024 ** 3


def _make(kind: str, conf: Path, outside: Path) -> Path:
    """The settings file as ``kind``; returns what must stay untouched."""
    outside.mkdir(exist_ok=True)
    if kind == "fifo":
        os.mkfifo(conf)
        return conf
    if kind == "dir":
        conf.mkdir()
        return conf
    if kind == "link-missing":
        conf.symlink_to(outside / "missing")
        return outside / "missing"
    target = outside / kind
    if kind == "link-fifo":
        os.mkfifo(target)
    elif kind == "link-sparse":
        with open(target, "wb") as handle:
            handle.truncate(GIGABYTE)
    conf.symlink_to(target)
    return target


def _state(path: Path):
    try:
        status = os.lstat(path)
    except FileNotFoundError:
        return None
    return status.st_mode, status.st_size, status.st_ino


KINDS = ["fifo", "link-fifo", "link-sparse", "dir", "link-missing"]


@pytest.mark.parametrize("kind", KINDS)
def test_every_kind_of_non_regular_settings_file_is_recognised(tmp_path, kind):
    from journey_studio.app.settings_guard import unsafe_reason

    conf = tmp_path / "Journey Studio.conf"
    _make(kind, conf, tmp_path / "outside")
    assert unsafe_reason(conf) is not None
    regular = tmp_path / "regular.conf"
    regular.write_text("[General]\n", encoding="utf-8")
    assert unsafe_reason(regular) is None and unsafe_reason(tmp_path / "absent.conf") is None


@pytest.mark.parametrize("kind", ["link-fifo"])
def test_the_program_leaves_a_settings_file_that_is_not_a_regular_file_alone(tmp_path, kind):
    config = tmp_path / "config"
    conf = config / "Journey Studio" / "Journey Studio.conf"
    conf.parent.mkdir(parents=True)
    guarded = _make(kind, conf, tmp_path / "outside")
    before = _state(guarded), _state(conf)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(config),
           "XDG_DATA_HOME": str(tmp_path / "data"), "XDG_CACHE_HOME": str(tmp_path / "cache")}
    result = subprocess.run([sys.executable, "-c", SCRIPT, str(ROOT)], env=env, capture_output=True, text=True,
                            timeout=60)  # a hang guard: a pipe read blocks forever
    assert result.returncode == 0, result.stderr[-2000:]
    assert "STATUS NoError 5" in result.stdout
    assert "left alone" in result.stderr and str(conf) in result.stderr
    assert (_state(guarded), _state(conf)) == before


def test_an_ordinary_settings_file_is_still_used(tmp_path):
    """The guard must not refuse what it should allow."""
    config = tmp_path / "config"
    conf = config / "Journey Studio" / "Journey Studio.conf"
    conf.parent.mkdir(parents=True)
    conf.write_text("[safety]\nbackups=7\n", encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(config),
           "XDG_DATA_HOME": str(tmp_path / "data"), "XDG_CACHE_HOME": str(tmp_path / "cache")}
    result = subprocess.run([sys.executable, "-c", SCRIPT, str(ROOT)], env=env, capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 0 and "left alone" not in result.stderr, result.stderr
    assert "backups=5" in conf.read_text(encoding="utf-8")


@settings(max_examples=25, deadline=None, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(KINDS + ["regular", "absent"]), min_size=2, max_size=2))
def test_the_guard_finds_exactly_the_unsafe_settings_files(tmp_path_factory, kinds):
    """Both files QSettings reads (the application's and the organisation's), each of any kind."""
    from journey_studio.app.settings_guard import unsafe_reason

    root = tmp_path_factory.mktemp("settings")
    files = [root / "app.conf", root / "org.conf"]
    for kind, path in zip(kinds, files, strict=True):
        if kind == "regular":
            path.write_text("[General]\n", encoding="utf-8")
        elif kind != "absent":
            _make(kind, path, root / f"outside-{path.stem}")
    found = [unsafe_reason(path) is not None for path in files]
    assert found == [kind not in ("regular", "absent") for kind in kinds]
