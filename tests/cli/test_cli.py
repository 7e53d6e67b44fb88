"""The command line, run as a separate process the way scripts and CI run it."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "journey_studio", *args], capture_output=True, text=True, env=ENV, cwd=cwd, timeout=120
    )


def assert_clean_failure(result: subprocess.CompletedProcess, *fragments: str) -> None:
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    for fragment in fragments:
        assert fragment in result.stderr


def test_version():
    result = run("--version")
    assert result.returncode == 0 and result.stdout.startswith("journey-studio ")


def test_templates_are_listed_in_both_languages():
    result = run("templates")
    assert result.returncode == 0
    lines = result.stdout.splitlines()
    assert any(line.startswith("running-shoes") and " fr " in line for line in lines)
    assert any(line.startswith("purchase") and " en " in line for line in lines)


def test_new_writes_a_valid_file_and_refuses_to_overwrite(tmp_path):
    out = tmp_path / "achat.journey.json"
    assert run("new", "--template", "purchase", "--language", "fr", "-o", str(out)).returncode == 0
    assert run("validate", str(out)).returncode == 0
    assert_clean_failure(run("new", "--template", "purchase", "-o", str(out)), str(out), "already exists")
    assert_clean_failure(run("new", "--template", "nope", "-o", str(tmp_path / "x.journey.json")), "nope")


def test_validate_good_and_bad_files(tmp_path, sample_path):
    good = run("validate", str(sample_path))
    assert good.returncode == 0 and "valid" in good.stdout

    document = json.loads(sample_path.read_text(encoding="utf-8"))
    document["maps"][0]["cards"][0]["stage_id"] = "stage-nowhere"
    document["maps"][0]["cards"][1]["lane_id"] = "lane-nowhere"
    bad = tmp_path / "bad.journey.json"
    bad.write_text(json.dumps(document), encoding="utf-8")
    result = run("validate", str(bad))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    problems = [line for line in result.stderr.splitlines() if "nowhere" in line]
    assert len(problems) == 2, result.stderr
    assert all(line.startswith(str(bad)) for line in result.stderr.splitlines())


@pytest.mark.parametrize(
    "content, expected",
    [
        (b"not json at all", "not valid JSON"),
        (b'{"schema_version": 99}', "newer Journey Studio"),
        (b"\xff\xfe garbage", "not UTF-8"),
        (b'{"schema_version": 1, "maps": [{"id": "m", "title": 5}]}', "maps.0.title"),
    ],
)
def test_validate_explains_broken_files(tmp_path, content, expected):
    path = tmp_path / "broken.journey.json"
    path.write_bytes(content)
    result = run("validate", str(path))
    assert result.returncode == 1
    assert_clean_failure(result, str(path), expected)


def test_export_png_has_the_map_size_and_is_not_blank(tmp_path, sample_path):
    out = tmp_path / "carte.png"
    result = run("export", str(sample_path), "-o", str(out))
    assert result.returncode == 0, result.stderr
    with Image.open(out) as image:
        width, height = image.size
        assert 900 < width < 3000 and 1000 < height < 5000
        colours = image.convert("RGB").getcolors(maxcolors=1_000_000)
        assert len(colours) > 500, "a real drawing has many colours"
        assert round(image.info["dpi"][0]) == 96
    double = tmp_path / "carte@2x.png"
    assert run("export", str(sample_path), "-o", str(double), "--dpi", "192").returncode == 0
    with Image.open(double) as image:
        assert abs(image.size[0] - 2 * width) <= 1 and abs(image.size[1] - 2 * height) <= 1
        assert round(image.info["dpi"][0]) == 192


def test_export_by_width_and_by_map_title(tmp_path, sample_path):
    out = tmp_path / "slide.png"
    title = json.loads(sample_path.read_text(encoding="utf-8"))["maps"][0]["title"]
    assert run("export", str(sample_path), "-o", str(out), "--width", "1920", "--map", title).returncode == 0
    with Image.open(out) as image:
        assert image.size[0] == 1920


def test_export_errors_are_clear(tmp_path, sample_path):
    assert_clean_failure(run("export", str(sample_path), "-o", str(tmp_path / "x.docx")), "unsupported format")
    assert_clean_failure(
        run("export", str(tmp_path / "missing.journey.json"), "-o", str(tmp_path / "x.png")), "missing.journey.json"
    )
    assert_clean_failure(
        run("export", str(sample_path), "-o", str(tmp_path / "x.png"), "--map", "Nope"), "has no map 'Nope'"
    )
    assert_clean_failure(run("export", str(sample_path), "-o", str(tmp_path / "no" / "x.png")), "does not exist")
    assert_clean_failure(
        run("export", str(sample_path), "-o", str(tmp_path / "x.png"), "--dpi", "5000"), "out of range"
    )
    assert not list(tmp_path.glob("*.png"))


def test_insights_in_text_and_json(sample_path):
    text = run("insights", str(sample_path))
    assert text.returncode == 0, text.stderr
    assert text.stdout.strip()
    as_json = run("insights", str(sample_path), "--json")
    assert as_json.returncode == 0
    insights = json.loads(as_json.stdout)
    assert insights, "the running-shoes map has a dip in its emotion curve and pain points"
    assert_clean_failure(run("insights", "missing.journey.json"), "missing.journey.json")
