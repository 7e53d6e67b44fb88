"""Files: load/save (atomic), migrations, schema, and the typed errors they raise."""

from .errors import (
    InconsistentFile,
    InvalidFormat,
    InvalidJson,
    JourneyFileError,
    SaveFailed,
    UnreadableFile,
    UnsupportedVersion,
)
from .files import FILE_SUFFIX, parse_workspace, read_workspace, write_workspace
from .serialize import workspace_to_bytes

__all__ = [
    "FILE_SUFFIX", "InconsistentFile", "InvalidFormat", "InvalidJson", "JourneyFileError",
    "SaveFailed", "UnreadableFile", "UnsupportedVersion", "parse_workspace", "read_workspace",
    "workspace_to_bytes", "write_workspace",
]
