"""Files: load/save (atomic, checked, with backups), migrations, schema, and the typed errors they raise."""

from .backups import BACKUP_FOLDER, DEFAULT_BACKUPS, backup_path, list_backups
from .errors import (
    FileChangedOnDisk,
    InconsistentFile,
    InvalidFormat,
    InvalidImage,
    InvalidJson,
    JourneyFileError,
    SaveFailed,
    UnreadableFile,
    UnsupportedVersion,
)
from .files import (
    FILE_SUFFIX,
    LoadedFile,
    SavedFile,
    load_workspace,
    parse_workspace,
    read_workspace,
    save_workspace,
    write_workspace,
)
from .fingerprint import DiskState, Fingerprint
from .serialize import workspace_to_bytes

__all__ = [
    "BACKUP_FOLDER", "DEFAULT_BACKUPS", "FILE_SUFFIX", "DiskState", "FileChangedOnDisk", "Fingerprint",
    "InconsistentFile", "InvalidFormat", "InvalidImage", "InvalidJson", "JourneyFileError", "LoadedFile",
    "SaveFailed", "SavedFile", "UnreadableFile", "UnsupportedVersion", "backup_path", "list_backups",
    "load_workspace", "parse_workspace", "read_workspace", "save_workspace", "workspace_to_bytes",
    "write_workspace",
]
