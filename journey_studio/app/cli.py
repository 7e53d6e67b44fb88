"""The ``journey-studio`` command: the editor, and headless commands for scripts and CI.

Every failure ends with a non-zero exit and one message per problem on stderr,
naming the file: never a traceback. Messages are in English, whatever the desktop's language:
scripts and logs read one language (the window translates the same errors, ``ui/error_messages.py``).

Run as the program (no ``argv`` given), a headless command ends its process as soon as its output is
flushed (:func:`_end_process`): tearing down Python, PySide6 and Qt took a third of a small export's
whole command, for nothing.
"""

import argparse
import contextlib
import gc
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from .. import STARTING_YOUNG_THRESHOLD, version
from ..export.options import Background, PageSize
from ..io import FILE_SUFFIX, JourneyFileError, read_workspace, write_workspace

EXIT_OK, EXIT_INVALID, EXIT_USAGE = 0, 1, 2
COMMANDS = ("templates", "new", "validate", "export", "import", "insights", "serve")
ENDS_AT_ONCE = frozenset(COMMANDS) - {"serve"}
"""Commands whose process has nothing left to do once they return (a room server stops its own way)."""
EXPORT_FORMATS = ("png", "svg", "pdf", "pptx", "mmd", "csv")
PAGES = tuple(PageSize)
BACKGROUNDS = tuple(b.value for b in Background)


class CommandError(Exception):
    """A user error in a command; the message is printed as is."""


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command in ``argv`` (default: the process's arguments); the exit status.

    Without ``argv`` this is the program itself (``journey-studio``, ``python -m journey_studio``): a headless
    command then ends the process when it is done, without returning.
    """
    args = list(sys.argv[1:] if argv is None else argv)
    command = args[0] if args and args[0] in COMMANDS else None
    if argv is None and command in ENDS_AT_ONCE:
        _keep_started_objects()
    try:
        code = _run_command(args) if command else _run_editor(args)
    except CommandError as error:
        print(f"journey-studio: {error}", file=sys.stderr)
        code = EXIT_INVALID
    except KeyboardInterrupt:
        code = 130
    if argv is None and command in ENDS_AT_ONCE:
        _end_process(code)
    return code


def _keep_started_objects() -> None:
    """Leave what start-up made (modules, classes, schemas: alive until the process ends) out of every collection,
    and collect the youngest generation every :data:`STARTING_YOUNG_THRESHOLD` allocations, as while starting:
    a headless command's process is short and its objects are freed by their counts."""
    gc.freeze()
    gc.set_threshold(max(STARTING_YOUNG_THRESHOLD, gc.get_threshold()[0]), *gc.get_threshold()[1:])


def _end_process(code: int) -> None:
    """End the process now, its output flushed: what the command wrote is complete and closed already.

    Python's own shutdown would collect every object, tear down each module and let PySide6 destroy Qt's
    application and font database: 0.1 to 0.4 s after a small export, longer than drawing it. The files are
    written atomically and synced before a command returns, and nothing else is pending (no thread, no
    temporary file); a clipboard, whose Qt teardown crashed offscreen processes, is never used here.
    """
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):  # a closed pipe or stream: nothing more can reach it
            stream.flush()
    os._exit(code)


class _VersionAction(argparse.Action):
    """``--version``: the version is read only when asked (reading it costs every other command's start)."""

    def __init__(self, option_strings: Sequence[str], dest: str = argparse.SUPPRESS) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, help="show the version and exit")

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace, values: object,
                 option_string: str | None = None) -> None:
        print(f"journey-studio {version()}")  # on stdout, as argparse's own version action
        parser.exit()


def _editor_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="journey-studio",
        description="Journey Studio, an editor for customer journey maps. "
        f"Commands: {', '.join(COMMANDS)} (journey-studio COMMAND --help).",
    )
    parser.add_argument("file", nargs="?", help=f"a {FILE_SUFFIX} file to open")
    parser.add_argument("--version", action=_VersionAction)
    return parser


def _command_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The headless commands' parser; given ``command``, with that command's arguments only.

    argparse spends 20-40 ms checking every argument of every command as it is added: a command run needs
    only its own (the usage line still names them all).
    """
    parser = argparse.ArgumentParser(prog="journey-studio")
    parser.add_argument("--version", action=_VersionAction)
    commands = parser.add_subparsers(dest="command", required=True, metavar="{" + ",".join(_SUBCOMMANDS) + "}")
    for name, add in _SUBCOMMANDS.items():
        if command is None or name == command:
            add(commands)
    return parser


def _add_templates(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    templates = commands.add_parser("templates", help="list the templates a new map can start from")
    templates.add_argument("--language", choices=("fr", "en"), help="only templates in this language")


def _add_new(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    new = commands.add_parser("new", help="write a new map from a template")
    new.add_argument("--template", default="blank", help="template name (see: journey-studio templates)")
    new.add_argument("--language", choices=("fr", "en"), default="fr")
    new.add_argument("-o", "--output", required=True, type=Path, help=f"the {FILE_SUFFIX} file to write")
    new.add_argument("--force", action="store_true", help="overwrite an existing file")


def _add_validate(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    validate = commands.add_parser("validate", help="check a file; exit 1 with one line per problem")
    validate.add_argument("file", type=Path)


def _add_export(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    export = commands.add_parser(
        "export", help="write maps as PNG, SVG, PDF report, PowerPoint, Mermaid or CSV",
        description="Export maps. The format follows the output's extension; with several input files, "
        "-o names a folder and --format the format.",
    )
    export.add_argument("files", nargs="+", type=Path, metavar="FILE", help=f"{FILE_SUFFIX} file(s)")
    export.add_argument("-o", "--output", required=True,  # a str: Path would drop DIR/'s slash
                        help="OUT.png, .svg, .pdf, .pptx, .mmd or .csv; or a folder (DIR/)")
    export.add_argument("--format", choices=EXPORT_FORMATS, help="the format, when -o is a folder")
    export.add_argument("--dpi", type=float, default=96.0, help="resolution (default 96: 1 pixel per map unit)")
    export.add_argument("--width", type=int, help="pixel width instead of --dpi")
    export.add_argument("--page", choices=[p.value for p in PAGES],
                        help="page shape: PDF paper size (default a4), or fit PNG/SVG on that shape")
    export.add_argument("--map", dest="map_key", help="id or title of the map (default: the first)")
    export.add_argument("--stage", help="export only this stage (id or name)")
    export.add_argument("--personas", action="store_true", help="export the persona sheets instead of the map")
    export.add_argument("--theme", default="light", help="colour theme (light, dark or projector)")
    export.add_argument("--view", help="a named view of the map (its stages, lanes, theme and marks), "
                        "e.g. \"Client deck\"")
    export.add_argument("--background", choices=BACKGROUNDS, default="theme", help="page background")
    export.add_argument("--transparent", action="store_true", help="same as --background transparent (PNG, SVG)")
    export.add_argument("--slides", action="store_true",
                        help="16:9 slides a room can read: with PNG, one numbered picture a slide (NAME-01.png…) "
                        "in the -o folder; with PDF, one slide a page")
    export.add_argument("--summary", action="store_true",
                        help="one 16:9 slide of the whole map (PNG or PDF): stage headers, the emotion curve and a "
                        "few lanes, card titles only")
    export.add_argument("--lanes", help="with --summary: the lanes to show, by title, comma-separated "
                        "(default: the first two that hold cards)")


def _add_imports(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    imports = commands.add_parser(
        "import", help="make a journey map file from a Mermaid journey or a CSV table of cards",
        description="Import a Mermaid journey diagram (.mmd) or a CSV of cards (.csv) as a new map. "
        "Rows or lines that cannot be taken are listed on stderr; the rest is imported, and the exit "
        "status is 1 if anything was left out.",
    )
    imports.add_argument("file", type=Path, metavar="IN", help="IN.mmd or IN.csv")
    imports.add_argument("-o", "--output", required=True, type=Path, help=f"OUT{FILE_SUFFIX}")
    imports.add_argument("--into", type=Path, help=f"add the CSV's cards to a map of this {FILE_SUFFIX} file")
    imports.add_argument("--map", dest="map_key", help="with --into: id or title of the map (default: the first)")
    imports.add_argument("--language", choices=("fr", "en"), default="en", help="language of a new map")
    imports.add_argument("--force", action="store_true", help="overwrite an existing output file")


_SUBCOMMANDS = {
    "templates": _add_templates,
    "new": _add_new,
    "validate": _add_validate,
    "export": _add_export,
    "import": _add_imports,
}
"""What each command parsed by :func:`_command_parser` adds to it, in the order ``--help`` lists them."""


def _run_editor(args: list[str]) -> int:
    options = _editor_parser().parse_args(args)
    from .editor_windows import run_editor

    return run_editor(Path(options.file) if options.file else None)


def _run_command(args: list[str]) -> int:
    if args[0] == "insights":  # its own parser lives with the analysis it prints
        from ..analysis.cli_insights import run_insights

        return run_insights(args[1:])
    if args[0] == "serve":  # live workshop rooms, headless: its parser lives with the server
        from ..collab.serve_cli import run_serve

        return run_serve(args[1:])
    options = _command_parser(args[0]).parse_args(args)
    handler = {
        "templates": _templates,
        "new": _new,
        "validate": _validate,
        "export": _export,
        "import": _import,
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
    from ..export import ExportError, ExportOptions, Scope, export_map, format_for

    jobs = _export_jobs(options)
    background = Background.TRANSPARENT if options.transparent else Background(options.background)
    scope = Scope.PERSONAS if options.personas else Scope.STAGE if options.stage else Scope.MAP
    export_options = ExportOptions(
        dpi=options.dpi, width=options.width, theme=options.theme, background=background,
        page=PageSize(options.page) if options.page else None, scope=scope, stage=options.stage,
        view=options.view, second_process=True,
    )
    _refuse_outputs_onto_inputs(jobs, options.files)
    suffixes = {format_for(output).suffix for _, output in jobs}
    if ".pptx" in suffixes or (".png" in suffixes and (options.slides or options.summary)):
        from .qt_app import application

        application(headless=True)
    elif ".png" in suffixes:
        _picture_application()
    failures = 0
    for source, output in jobs:
        try:
            workspace = read_workspace(source)
            journey_map = _find_map(workspace, source, options.map_key)
            if options.slides or options.summary:
                written = _export_slides(workspace, journey_map, output, export_options, options.summary,
                                         [t for t in (options.lanes or "").split(",") if t.strip()])
                print(f"{output.parent if output.suffix.lower() == '.png' and not options.summary else output}: "
                      f"{written} slide(s) of {journey_map.title!r}")
                continue
            export_map(workspace, journey_map, output, export_options)
        except (JourneyFileError, CommandError) as error:
            failures += 1
            print(f"journey-studio: {error}", file=sys.stderr)
            continue
        except ExportError as error:
            failures += 1
            message = str(error)
            print(f"journey-studio: {message if message.startswith(str(output)) else f'{output}: {message}'}",
                  file=sys.stderr)
            continue
        print(f"{output}: exported {journey_map.title!r}")
        if format_for(output).suffix == ".png":
            from ..export.png import png_legibility_warning

            warning = png_legibility_warning(workspace, journey_map, export_options)
            if warning:
                print(f"journey-studio: warning: {output}: {warning}", file=sys.stderr)
    return EXIT_INVALID if failures else EXIT_OK


def _export_slides(workspace, journey_map, output: Path, export_options, summary: bool = False,
                   lanes: list[str] | None = None) -> int:
    """The map as slides: NAME-01.png, NAME-02.png… beside ``output``, or one slide PDF; how many slides."""
    from ..export import ExportFailed
    from ..export.output_guard import check_output
    from ..export.slides import slide_pdf, slide_pngs
    from ..io.atomic import atomic_write

    suffix = output.suffix.lower()
    if suffix not in (".png", ".pdf"):
        raise CommandError(f"{output}: --slides and --summary make PNG pictures or a PDF, not "
                           f"{suffix or 'this format'}")
    from ..export.slides import summary_set

    try:
        if summary and lanes:
            summary_set(workspace, journey_map, export_options, lanes)  # an unknown lane is refused by name
        if suffix == ".pdf":
            check_output(output)
            data, count = slide_pdf(workspace, journey_map, export_options, summary=summary, lanes=lanes or ())
            atomic_write(output, data)
            return count
        pictures = slide_pngs(workspace, journey_map, export_options, summary=summary, lanes=lanes or ())
        if not pictures:  # no picture written and no error would leave a script none the wiser
            raise CommandError(f"{output if summary else output.parent}: {journey_map.title!r} has no cards to show: "
                               "nothing to put on slides")
        if summary:
            check_output(output)
            atomic_write(output, pictures[0])
            return 1
    except (ExportFailed, CommandError):
        raise
    except Exception as error:  # the ExportError family, and anything a map should never cause
        raise ExportFailed(journey_map, "PNG slides" if suffix == ".png" else "PDF slides", str(error)) from None
    digits = max(2, len(str(len(pictures))))
    for number, data in enumerate(pictures, start=1):
        target = output.with_name(f"{output.stem}-{number:0{digits}d}.png")
        check_output(target)
        atomic_write(target, data)
    return len(pictures)


_PICTURE_APP: list[object] = []


def _picture_application() -> None:
    """A bare QGuiApplication, offscreen: all a map's PNG needs.

    The editor's QApplication loads widgets, translators and the window icon (its SVG plug-in): about
    half of a small PNG export's start-up.
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is None:
        _PICTURE_APP.append(QGuiApplication(sys.argv[:1]))  # kept: Qt needs it alive while drawing


def _refuse_outputs_onto_inputs(jobs: list[tuple[Path, Path]], inputs: list[Path]) -> None:
    """A command that would replace one of its own inputs (a link, the same name) does nothing at all."""
    from ..export import ExportError
    from ..export.output_guard import check_output

    for _, output in jobs:
        try:
            check_output(output, inputs)
        except ExportError as error:
            raise CommandError(str(error)) from None


def _same_target(output: Path, source: Path) -> bool:
    """Whether writing ``output`` would replace ``source`` (the same name, or a link to it)."""
    if Path(os.path.realpath(output)) == Path(os.path.realpath(source)):
        return True
    try:
        return os.path.samefile(output, source)
    except OSError:
        return False


def _export_jobs(options: argparse.Namespace) -> list[tuple[Path, Path]]:
    """(input, output) pairs: one file to OUT.ext, or every file into a folder as NAME.<format>."""
    from ..export import ExportError, format_for

    named_folder = options.output.endswith(("/", "\\"))
    output = Path(options.output)
    to_folder = output.is_dir() or named_folder or len(options.files) > 1
    if not to_folder:
        try:
            format_for(output)
        except ExportError as error:
            raise CommandError(str(error)) from None
        if str(output.parent) and not output.parent.is_dir():
            raise CommandError(f"{output}: the folder {output.parent} does not exist")
        return [(options.files[0], output)]
    if not output.is_dir():
        if named_folder and not output.exists():
            raise CommandError(f"{output}: the folder does not exist (create it first)")
        raise CommandError(f"{output}: is not a folder (several files need -o DIR/)")
    if options.format is None:
        raise CommandError(f"{output}: exporting into a folder needs --format ({', '.join(EXPORT_FORMATS)})")
    jobs: dict[Path, Path] = {}
    for source in options.files:
        name = source.name.removesuffix(FILE_SUFFIX).removesuffix(".json")
        target = output / f"{name}.{options.format}"
        if target in jobs:
            raise CommandError(f"{source}: would overwrite {target}, also exported from {jobs[target]}")
        jobs[target] = source
    return [(source, target) for target, source in jobs.items()]


def _find_map(workspace, path: Path, key: str | None):
    journey_map = workspace.find_map(key)
    if journey_map is None:
        titles = ", ".join(f"{m.id} ({m.title})" for m in workspace.maps) or "none"
        wanted = key if key else "a first map"
        raise CommandError(f"{path}: has no map {wanted!r}; its maps: {titles}")
    return journey_map


def _import(options: argparse.Namespace) -> int:
    from ..interchange import ImportFailed, import_file

    source: Path = options.file
    output: Path = options.output
    if output.exists() and not options.force:
        raise CommandError(f"{output}: already exists (use --force to overwrite)")
    if not output.name.endswith(FILE_SUFFIX):
        raise CommandError(f"{output}: the output must be a {FILE_SUFFIX} file")
    if _same_target(output, source):
        raise CommandError(f"{output}: is the file being imported ({source}); writing the map there would "
                           "replace it. Choose another output name")
    base = None
    if options.into is not None:
        try:
            base = read_workspace(options.into)
        except JourneyFileError as error:
            raise CommandError(str(error)) from None
        _find_map(base, options.into, options.map_key)
    try:
        result = import_file(source, language=options.language, into=base, map_key=options.map_key)
    except ImportFailed as error:
        raise CommandError(str(error)) from None
    for problem in result.problems:
        print(f"{source}: {problem}", file=sys.stderr)
    for notice in result.notices:
        print(f"{source}: {notice}", file=sys.stderr)
    try:
        write_workspace(result.workspace, output)
    except JourneyFileError as error:
        raise CommandError(str(error)) from None
    print(f"{output}: {result.summary}")
    return EXIT_INVALID if result.problems else EXIT_OK
