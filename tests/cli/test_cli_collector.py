"""A headless command run as the program collects its youngest objects less often and leaves start-up's out.

Start-up makes hundreds of thousands of objects that live until the process ends; collecting them again every
700 allocations cost a small PNG export 2-4 % of its instructions (``bench/bench_startup.py``). The editor, a room
server, tests and scripts that import the package keep CPython's collector; the picture is the same either way.
"""

import subprocess
import sys
from pathlib import Path

import pytest

from journey_studio import HEADLESS_COMMANDS, STARTING_YOUNG_THRESHOLD, runs_a_headless_command
from journey_studio.app import cli

ROOT = Path(__file__).resolve().parents[2]
TEMPLATE = ROOT / "resources" / "templates" / "running-shoes.en.journey.json"

_SCRIPT = """
import gc, sys
program, command = sys.argv[1:3]
sys.argv = [program, command, *sys.argv[3:]]
import journey_studio
print("IMPORTED", gc.get_threshold()[0], gc.get_freeze_count() > 0, flush=True)
from journey_studio.app import cli
def report_and_end(code):
    print("ENDED", gc.get_threshold()[0], gc.get_freeze_count() > 0, code, flush=True)
    cli.os._exit(code)
cli._end_process = report_and_end
cli.main()
"""


@pytest.mark.parametrize("argv", [
    ["-m", "export", "map.journey.json", "-o", "map.png"],  # python -m journey_studio export …
    ["/usr/local/bin/journey-studio", "validate", "map.journey.json"],
    ["journey-studio.exe", "insights", "map.journey.json"],
    ["journey-studio", "templates"],
])
def test_the_program_running_a_headless_command_is_recognised(argv: list[str]) -> None:
    assert runs_a_headless_command(argv)


@pytest.mark.parametrize("argv", [
    ["journey-studio"],  # the editor
    ["journey-studio", "map.journey.json"],  # the editor, opening a file
    ["journey-studio", "serve", "--port", "1234"],  # a room server lives long
    ["-m"],
    ["/usr/bin/pytest", "export"],  # another program whose first argument happens to be a command's name
    ["-c", "export"],
])
def test_other_processes_keep_the_collector_as_it_is(argv: list[str]) -> None:
    assert not runs_a_headless_command(argv)


def test_the_commands_are_those_the_command_line_ends_at_once() -> None:
    assert HEADLESS_COMMANDS == cli.ENDS_AT_ONCE


def _run(tmp_path: Path, program: str, output: Path) -> list[str]:
    result = subprocess.run(
        [sys.executable, "-c", _SCRIPT, program, "export", str(TEMPLATE), "-o", str(output)],
        capture_output=True, text=True, timeout=120, cwd=tmp_path,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},
    )
    assert result.returncode == 0, result.stderr
    return [line for line in result.stdout.splitlines() if line.startswith(("IMPORTED", "ENDED"))]


def test_an_export_run_as_the_program_freezes_start_up_and_draws_the_same_picture(tmp_path: Path) -> None:
    as_program = _run(tmp_path, "-m", tmp_path / "program.png")
    assert as_program == [f"IMPORTED {STARTING_YOUNG_THRESHOLD} False", f"ENDED {STARTING_YOUNG_THRESHOLD} True 0"]
    # The check can fail: imported under another program's name, the package leaves the collector alone
    # (main() still freezes once the command is known, as the program's own start does).
    as_script = _run(tmp_path, "some-script", tmp_path / "script.png")
    assert as_script[0] != as_program[0] and as_script[0].endswith(" False")
    assert (tmp_path / "program.png").read_bytes() == (tmp_path / "script.png").read_bytes()


def test_main_called_with_arguments_leaves_the_collector_alone(tmp_path: Path) -> None:
    import gc

    before = (gc.get_threshold(), gc.get_freeze_count())
    assert cli.main(["validate", str(TEMPLATE)]) == 0
    assert (gc.get_threshold(), gc.get_freeze_count()) == before
