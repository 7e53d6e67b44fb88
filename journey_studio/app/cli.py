"""The ``journey-studio`` command: the editor, and headless commands for scripts and CI.

Every failure ends with a non-zero exit and one message per problem on stderr,
naming the file: never a traceback.
"""

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from .. import __version__
from ..io import FILE_SUFFIX, JourneyFileError, read_workspace, write_workspace

EXIT_OK, EXIT_INVALID, EXIT_USAGE = 0, 1, 2
COMMANDS = ("templates", "new", "validate", "export")


class CommandError(Exception):
    """A user error in a command; the message is printed as is."""


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        if args and args[0] in COMMANDS:
            return _run_command(args)
        return _run_editor(args)
    except CommandError as error:
        print(f"journey-studio: {error}", file=sys.stderr)
        return EXIT_INVALID
    except KeyboardInterrupt:
        return 130


def _editor_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="journey-studio",
        description="Journey Studio, an editor for customer journey maps. "
        f"Commands: {', '.join(COMMANDS)} (journey-studio COMMAND --help).",
    )
    parser.add_argument("file", nargs="?", help=f"a {FILE_SUFFIX} file to open")
    parser.add_argument("--version", action="version", version=f"journey-studio {__version__}")
    return parser


def _command_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="journey-studio")
    parser.add_argument("--version", action="version", version=f"journey-studio {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)

    templates = commands.add_parser("templates", help="list the templates a new map can start from")
    templates.add_argument("--language", choices=("fr", "en"), help="only templates in this language")

    new = commands.add_parser("new", help="write a new map from a template")
    new.add_argument("--template", default="blank", help="template name (see: journey-studio templates)")
    new.add_argument("--language", choices=("fr", "en"), default="fr")
    new.add_argument("-o", "--output", required=True, type=Path, help=f"the {FILE_SUFFIX} file to write")
    new.add_argument("--force", action="store_true", help="overwrite an existing file")

    validate = commands.add_parser("validate", help="check a file; exit 1 with one line per problem")
    validate.add_argument("file", type=Path)

    export = commands.add_parser("export", help="render a map to an image")
    export.add_argument("file", type=Path)
    export.add_argument("-o", "--output", required=True, type=Path, help="OUT.png")
    export.add_argument("--dpi", type=float, default=96.0, help="resolution (default 96: 1 pixel per map unit)")
    export.add_argument("--width", type=int, help="pixel width instead of --dpi")
    export.add_argument("--map", dest="map_key", help="id or title of the map (default: the first)")
    export.add_argument("--theme", default="light", help="light or dark")
    export.add_argument("--transparent", action="store_true", help="no page background (PNG)")
    return parser


def _run_editor(args: list[str]) -> int:
    options = _editor_parser().parse_args(args)
    from .editor import run_editor

    return run_editor(Path(options.file) if options.file else None)


def _run_command(args: list[str]) -> int:
    options = _command_parser().parse_args(args)
    handler = {
        "templates": _templates,
        "new": _new,
        "validate": _validate,
        "export": _export,
    }[options.command]
    return handler(options)


def _templates(options: argparse.Namespace) -> int:
    from ..templates import list_templates

    for info in list_templates(options.language):
        print(f"{info.name:<16} {info.language}  {info.title}")
    return EXIT_OK


def _new(options: argparse.Namespace) -> int:
    from ..templates import UnknownTemplate, new_from_template

    output: Path = options.output
    if output.exists() and not options.force:
        raise CommandError(f"{output}: already exists (use --force to overwrite)")
    try:
        workspace = new_from_template(options.template, options.language)
    except UnknownTemplate as error:
        raise CommandError(str(error.args[0]) if error.args else str(error)) from None
    try:
        write_workspace(workspace, output)
    except JourneyFileError as error:
        raise CommandError(str(error)) from None
    print(f"{output}: new map from template {options.template!r}")
    return EXIT_OK


def _validate(options: argparse.Namespace) -> int:
    path: Path = options.file
    try:
        workspace = read_workspace(path)
    except JourneyFileError as error:
        print(f"{path}: {error.problem}", file=sys.stderr)
        for detail in error.details:
            print(f"{path}: {detail}", file=sys.stderr)
        return EXIT_INVALID
    cards = sum(len(m.cards) for m in workspace.maps)
    print(f"{path}: valid ({len(workspace.maps)} map(s), {len(workspace.personas)} persona(s), {cards} card(s))")
    return EXIT_OK


def _export(options: argparse.Namespace) -> int:
    path: Path = options.file
    output: Path = options.output
    try:
        workspace = read_workspace(path)
    except JourneyFileError as error:
        raise CommandError(str(error)) from None
    journey_map = workspace.find_map(options.map_key)
    if journey_map is None:
        titles = ", ".join(f"{m.id} ({m.title})" for m in workspace.maps) or "none"
        wanted = options.map_key if options.map_key else "a first map"
        raise CommandError(f"{path}: has no map {wanted!r}; its maps: {titles}")
    if not output.parent.is_dir() and str(output.parent):
        raise CommandError(f"{output}: the folder {output.parent} does not exist")

    from ..export import ExportError, ExportOptions, export_map
    from .qt_app import application

    application(headless=True)
    export_options = ExportOptions(
        dpi=options.dpi, width=options.width, theme=options.theme, transparent=options.transparent
    )
    try:
        export_map(workspace, journey_map, output, export_options)
    except ExportError as error:
        message = str(error)
        raise CommandError(message if message.startswith(str(output)) else f"{output}: {message}") from None
    print(f"{output}: exported {journey_map.title!r}")
    return EXIT_OK
