"""Broken and hostile journey files, each with the error it must give (None: it opens).

Built in code rather than stored: some are large, and each says why it is there.
"""

import json
from dataclasses import dataclass

from journey_studio.io import (
    InconsistentFile,
    InvalidFormat,
    InvalidImage,
    InvalidJson,
    JourneyFileError,
    UnreadableFile,
    UnsupportedVersion,
    workspace_to_bytes,
)
from tests.factories import make_card, make_persona, make_workspace, sample_workspace
from tests.robustness.image_samples import UNDECODABLE, avatar, png_declaring

GOOD = workspace_to_bytes(sample_workspace())


@dataclass(frozen=True)
class Hostile:
    name: str
    data: bytes
    error: type[JourneyFileError] | None
    words: str = ""
    """Words the message must contain."""


def _doc() -> dict:
    return json.loads(GOOD)


def _json(document) -> bytes:
    return json.dumps(document, ensure_ascii=False).encode("utf-8")


def _with(change) -> bytes:
    document = _doc()
    change(document)
    return _json(document)


def corpus() -> list[Hostile]:
    many_cards = _doc()
    card = many_cards["maps"][0]["cards"][0]
    many_cards["maps"][0]["cards"] = [{**card, "id": f"c{i}"} for i in range(20_001)]
    return [
        Hostile("valid", GOOD, None),
        Hostile("utf8-bom", b"\xef\xbb\xbf" + GOOD, None),
        Hostile("utf16-bom", GOOD.decode("utf-8").encode("utf-16"), UnreadableFile, "not UTF-8"),
        Hostile("invalid-utf8", GOOD.replace("Léa".encode(), b"L\xe9a", 1), UnreadableFile, "not UTF-8"),
        Hostile("empty", b"", InvalidJson, "not valid JSON"),
        Hostile("truncated", GOOD[: len(GOOD) * 2 // 3], InvalidJson, "line"),
        Hostile("deep-arrays", b"[" * 200_000 + b"]" * 200_000, InvalidJson, "nested too deeply"),
        Hostile("deep-in-field", b'{"schema_version": 1, "metadata": ' + b'{"a":' * 50_000 + b"1" + b"}" * 50_001,
                InvalidJson, "nested too deeply"),
        Hostile("nan", GOOD.replace(b'"emotion": 1.0', b'"emotion": NaN', 1), InvalidJson, "NaN"),
        Hostile("infinity", GOOD.replace(b'"emotion": 1.0', b'"emotion": -Infinity', 1), InvalidJson, "Infinity"),
        Hostile("huge-number", GOOD.replace(b'"emotion": 1.0', b'"emotion": 1e400', 1), InvalidFormat, "finite"),
        Hostile("huge-integer", GOOD.replace(b'"order": 0', b'"order": ' + b"9" * 5000, 1), InvalidJson, "limit"),
        Hostile("huge-string", _with(lambda d: d["maps"][0]["cards"][0].update(title="x" * 30_000_000)),
                InvalidFormat, "maps.0.cards.0.title"),
        Hostile("huge-array", _json(many_cards), InvalidFormat, "at most 20000"),
        Hostile("too-many-values", b'{"schema_version": 1, "maps": [' + b"[]," * 3_000_000 + b"[]]}",
                UnreadableFile, "too many items"),
        Hostile("wrong-types", _with(lambda d: d["maps"][0].update(stages={"a": 1}, title=["x"])),
                InvalidFormat, "maps.0.stages"),
        Hostile("not-an-object", b"[1, 2, 3]", InvalidFormat, "expected an object"),
        Hostile("duplicate-key", GOOD.replace(b'"title": "Lit les avis",', b'"title": "A", "title": "B",', 1),
                InvalidFormat, "'title' appears twice"),
        Hostile("duplicate-ids", workspace_to_bytes(make_workspace(cards=[make_card("twin"), make_card("twin")])),
                InconsistentFile, "'twin'"),
        Hostile("dangling", workspace_to_bytes(make_workspace(cards=[make_card("c", lane_id="ghost")])),
                InconsistentFile, "'ghost'"),
        Hostile("newer-version", _with(lambda d: d.update(schema_version=3)), UnsupportedVersion, "file format 3"),
        Hostile("absurd-version", b'{"schema_version": ' + b"9" * 4000 + b"}", UnsupportedVersion, "newer"),
        Hostile("no-version", _with(lambda d: d.pop("schema_version")), InvalidFormat, "schema_version"),
        Hostile("image-bomb", workspace_to_bytes(make_workspace(
            personas=[make_persona(avatar=avatar(png_declaring(50_000, 50_000)))])), InvalidImage, "50000 × 50000"),
        Hostile("not-an-image", workspace_to_bytes(make_workspace(
            personas=[make_persona(avatar=avatar(b"MZ\x90\x00 this is an executable"))])), InvalidImage, "PNG or JPEG"),
        Hostile("control-characters", _with(lambda d: d["metadata"].update(title="\x00\x07\x1b[31m")), None),
        Hostile("url-in-avatar", _with(lambda d: d["personas"][0]["avatar"].update(
            image_base64="https://example.com/a.png", image_mime="image/png")), InvalidImage, "base64"),
        # Issue 14: what validated but broke an export, or reached outside the map.
        Hostile("icon-climbing-out", _with(lambda d: d["maps"][0]["stages"][0].update(icon="../../../../etc/x")),
                InvalidFormat, "not one of Journey Studio's stage icons"),
        Hostile("icon-absolute-path", _with(lambda d: d["maps"][0]["stages"][0].update(
            icon="/usr/share/icons/hicolor/scalable/apps/x")), InvalidFormat, "stage icons"),
        Hostile("4000-arrows", _with(_arrows(4000)), InvalidFormat, "at most 1000"),
        Hostile("title-256", _with(lambda d: d["maps"][0].update(title="T" * 256)), None),
        Hostile("noncharacters", _with(lambda d: d["metadata"].update(title="\ufffe\uffff", author="\x07")), None),
        *[Hostile(f"avatar-{name}", workspace_to_bytes(make_workspace(personas=[make_persona(
            avatar=avatar(build(), mime))])), InvalidImage, "its avatar image")
          for name, (build, mime) in sorted(UNDECODABLE.items())],
    ]


def _arrows(count: int):
    def change(document: dict) -> None:
        journey_map = document["maps"][0]
        first, second = journey_map["cards"][0]["id"], journey_map["cards"][1]["id"]
        journey_map["connectors"] = [{"id": f"arrow-{i}", "from_card": second, "to_card": first, "kind": "back"}
                                     for i in range(count)]
    return change
