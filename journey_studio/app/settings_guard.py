"""The settings file is never read or written through something that is not a regular file.

Qt's QSettings reads its file when first used and saves it by writing a new file and renaming it
over the old one, following a symbolic link. A settings file that is a named pipe would freeze the
start forever; one that links to ``/dev/zero`` would be read without end, and the save would replace
the device itself (as root: a 56-byte text file in place of ``/dev/zero``). So before any QSettings
is made, the files it would use are checked; if one is not a regular file (or a link to one), the
settings of this session live in a private temporary folder instead, and the user is told why.
"""

import os
import stat
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths

MAX_SETTINGS_BYTES = 4 * 1024 * 1024
"""A settings file holds a few kilobytes (window layout, recent files); a larger one is not ours to read."""
_private_folder: tempfile.TemporaryDirectory | None = None


def settings_files(organization: str, application: str) -> list[Path]:
    """The INI files QSettings reads and writes for this user on Linux and other XDG systems.

    macOS keeps preferences in plists and Windows in the registry, both through the system's own
    APIs: there is no file of ours to guard there, so the list is empty.
    """
    if sys.platform in ("win32", "darwin"):
        return []
    base = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericConfigLocation))
    return [base / organization / f"{application}.conf", base / f"{organization}.conf"]


def unsafe_reason(path: Path) -> str | None:
    """Why ``path`` must not be read or written as a settings file, or None when it is a regular file or absent."""
    try:
        status = os.stat(path)  # through links: what the link leads to is what Qt would read and replace
    except FileNotFoundError:
        if path.is_symlink():
            return "is a symbolic link to a file that does not exist"
        return None
    except OSError as error:
        return error.strerror or str(error)
    if not stat.S_ISREG(status.st_mode):
        return "is not a regular file (a device, a pipe or a folder)"
    if status.st_size > MAX_SETTINGS_BYTES:
        return f"is too large to be a settings file ({status.st_size / 1e6:.0f} MB)"
    return None


def guard_settings(organization: str, application: str) -> list[str]:
    """Redirect this session's settings to a private folder when a settings file is unsafe; the reasons."""
    global _private_folder
    problems = [f"{path} {reason}" for path in settings_files(organization, application)
                if (reason := unsafe_reason(path)) is not None]
    if problems:
        _private_folder = tempfile.TemporaryDirectory(prefix="journey-studio-settings-")
        for settings_format in (QSettings.Format.IniFormat, QSettings.Format.NativeFormat):
            for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
                QSettings.setPath(settings_format, scope, _private_folder.name)
        for problem in problems:
            print(f"journey-studio: the settings file {problem}; it was left alone, and settings changed in "
                  "this session will not be kept", file=sys.stderr)
    return problems
