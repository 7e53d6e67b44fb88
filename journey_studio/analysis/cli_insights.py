"""``journey-studio insights FILE [--json] [--map ID]``: a map's insights for scripts and CI.

Text by default (one line per insight, most severe first), JSON with ``--json``. Exit 0 with
the insights (even when there are none), 1 when the file cannot be read or has no such map,
2 on a usage error. Messages are in the map's language, failures in English on stderr.
"""

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from ..io import FILE_SUFFIX, JourneyFileError, read_workspace
from .insights import compute_insights, insights_to_json, insights_to_text

EXIT_OK, EXIT_INVALID, EXIT_USAGE = 0, 1, 2


def insights_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="journey-studio insights",
        description="List what deserves attention on a journey map: moments of truth, negative streaks, "
        "stages without touchpoints, channels per stage, pain points without an opportunity, opportunities "
        "without an owner, the biggest funnel drop.",
    )
    parser.add_argument("file", type=Path, metavar="FILE", help=f"a {FILE_SUFFIX} file")
    parser.add_argument("--json", action="store_true", help="print a JSON array instead of text")
    parser.add_argument("--map", dest="map_key", help="id or title of the map (default: the first)")
    return parser


def run_insights(argv: Sequence[str]) -> int:
    """Run the command on ``argv`` (the arguments after ``insights``); returns the exit status."""
    try:
        options = insights_parser().parse_args(list(argv))
    except SystemExit as exit_:  # --help, or a usage error argparse already explained
        return exit_.code if isinstance(exit_.code, int) else EXIT_USAGE
    path: Path = options.file
    try:
        workspace = read_workspace(path)
    except JourneyFileError as error:
        print(f"journey-studio: {error}", file=sys.stderr)
        return EXIT_INVALID
    journey_map = workspace.find_map(options.map_key)
    if journey_map is None:
        maps = ", ".join(f"{m.id} ({m.title})" for m in workspace.maps) or "none"
        wanted = options.map_key if options.map_key else "a first map"
        print(f"journey-studio: {path}: has no map {wanted!r}; its maps: {maps}", file=sys.stderr)
        return EXIT_INVALID
    insights = compute_insights(journey_map, workspace.metadata.language, workspace.personas)
    if options.json:
        print(insights_to_json(insights))
    elif insights:
        print(insights_to_text(insights))
    return EXIT_OK
