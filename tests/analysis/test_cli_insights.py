"""``journey-studio insights``: text, JSON, another map, and the failures a script sees."""

import json
from pathlib import Path

from journey_studio.analysis.cli_insights import run_insights
from journey_studio.io import write_workspace
from journey_studio.model import Card, JourneyMap, Lane, Stage, Workspace
from journey_studio.templates import load_template


def test_text_most_severe_first(sample_path: Path, capsys):
    assert run_insights([str(sample_path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("high    Moment de vérité")
    assert [line.split()[0] for line in lines] == sorted((line.split()[0] for line in lines),
                                                         key=["high", "medium", "low"].index)


def test_json_of_another_map(tmp_path: Path, capsys):
    workspace = load_template("running-shoes", "en")
    extra = JourneyMap(id="map-2", title="Returns", stages=[Stage(id="st", name="Return")],
                       lanes=[Lane(id="lt", kind="touchpoints", title="Touchpoints"),
                              Lane(id="lo", kind="opportunities", title="Opportunities")],
                       cards=[Card(id="co", stage_id="st", lane_id="lo", title="Free returns")])
    workspace.maps.append(extra)
    path = tmp_path / "two.journey.json"
    write_workspace(workspace, path)
    assert run_insights([str(path), "--json", "--map", "Returns"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [(d["kind"], d["severity"]) for d in data] == [
        ("stage_without_touchpoints", "medium"), ("opportunity_without_owner", "low"),
    ]
    assert data[1]["message"] == "The opportunity “Free returns” (Return) has no owner: who will take it on?"


def test_a_map_without_insights_prints_nothing(tmp_path: Path, capsys):
    path = tmp_path / "empty.journey.json"
    write_workspace(Workspace(maps=[JourneyMap(id="m", title="Empty")]), path)
    assert run_insights([str(path)]) == 0
    assert capsys.readouterr().out == ""
    assert run_insights([str(path), "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_failures(tmp_path: Path, sample_path: Path, capsys):
    assert run_insights([str(tmp_path / "missing.journey.json")]) == 1
    assert "missing.journey.json" in capsys.readouterr().err
    assert run_insights([str(sample_path), "--map", "nope"]) == 1
    err = capsys.readouterr().err
    assert "has no map 'nope'" in err and "map-chaussures-de-course" in err
    assert run_insights([]) == 2
    assert "usage:" in capsys.readouterr().err
    assert run_insights(["--help"]) == 0
    assert "journey-studio insights" in capsys.readouterr().out
