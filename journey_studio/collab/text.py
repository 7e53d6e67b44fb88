"""Character offsets ⇄ the UTF-8 byte offsets pycrdt counts Text positions in.

pycrdt 0.14 measures a Y.Text in UTF-8 bytes ("modèle" has length 7), while Python
strings, Qt and the editor count characters; every edit crosses this boundary here.
"""

from typing import Protocol


def byte_offset(text: str, char_index: int) -> int:
    """The UTF-8 byte offset of character ``char_index`` in ``text``."""
    return len(text[:char_index].encode("utf-8"))


def char_offset(text: str, byte_index: int) -> int:
    """The character offset of UTF-8 byte ``byte_index``; ValueError inside a multi-byte character."""
    encoded = text.encode("utf-8")
    if not 0 <= byte_index <= len(encoded):
        raise ValueError(f"byte offset {byte_index} is outside a text of {len(encoded)} bytes")
    try:
        return len(encoded[:byte_index].decode("utf-8"))
    except UnicodeDecodeError:
        raise ValueError(f"byte offset {byte_index} falls inside a character") from None


def text_edit(old: str, new: str) -> tuple[int, int, str]:
    """The smallest single edit turning ``old`` into ``new``: (start, characters deleted, inserted text).

    One contiguous replacement keeps a colleague's concurrent typing elsewhere in the
    same title intact when both merge.
    """
    limit = min(len(old), len(new))
    start = 0
    while start < limit and old[start] == new[start]:
        start += 1
    end_old, end_new = len(old), len(new)
    while end_old > start and end_new > start and old[end_old - 1] == new[end_new - 1]:
        end_old -= 1
        end_new -= 1
    return start, end_old - start, new[start:end_new]


class ByteText(Protocol):
    """What a Y.Text offers: positions in UTF-8 bytes."""

    def __str__(self) -> str: ...
    def __delitem__(self, key: slice) -> None: ...
    def insert(self, index: int, value: str) -> None: ...


def replace_text(ytext: ByteText, new: str) -> bool:
    """Make ``ytext`` read ``new`` with one minimal edit, converting to byte offsets; False when equal."""
    old = str(ytext)
    if old == new:
        return False
    start, deleted, inserted = text_edit(old, new)
    byte_start = byte_offset(old, start)
    if deleted:
        byte_end = byte_offset(old, start + deleted)
        del ytext[byte_start:byte_end]
    if inserted:
        ytext.insert(byte_start, inserted)
    return True
