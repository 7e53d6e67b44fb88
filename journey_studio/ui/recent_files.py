"""The recent files list, kept in QSettings."""

from pathlib import Path

from PySide6.QtCore import QSettings

KEY = "recentFiles"
MAX_RECENT = 10


def recent_files(settings: QSettings | None = None) -> list[Path]:
    settings = settings or QSettings()
    value = settings.value(KEY, [])
    if isinstance(value, str):
        value = [value]
    return [Path(item) for item in (value or []) if isinstance(item, str)]


def remember(path: Path, settings: QSettings | None = None) -> list[Path]:
    settings = settings or QSettings()
    resolved = path.resolve()
    paths = [resolved] + [p for p in recent_files(settings) if p != resolved]
    paths = paths[:MAX_RECENT]
    settings.setValue(KEY, [str(p) for p in paths])
    return paths


def forget(path: Path, settings: QSettings | None = None) -> None:
    settings = settings or QSettings()
    paths = [p for p in recent_files(settings) if p != path]
    settings.setValue(KEY, [str(p) for p in paths])
