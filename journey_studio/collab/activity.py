"""The room's activity list: repairs the host made, shared with everyone through the Y document.

A root Y.Array beside the workspace (so it never reaches the file), appended to by the host
under the repair origin (nobody's undo) and read by every peer. Kept to the last entries.
"""


from pycrdt import Array, Doc

ACTIVITY = "activity"
KEEP = 200


def activity_of(doc: Doc) -> Array:
    return doc.get(ACTIVITY, type=Array)


def record(doc: Doc, entries: list[dict[str, str]], origin: str) -> None:
    """Append ``entries`` (plain dicts) and drop the oldest beyond :data:`KEEP`."""
    if not entries:
        return
    log = activity_of(doc)
    with doc.transaction(origin=origin):
        log.extend(entries)
        extra = len(log) - KEEP
        if extra > 0:
            del log[0:extra]
