"""Mermaid journey diagrams in and out, against Mermaid's real grammar (and its real renderer when installed).

Set JOURNEY_STUDIO_MMDC to the ``mmdc`` of @mermaid-js/mermaid-cli (or put it on the PATH) to have the
renderer check every exported file; without it those tests are skipped.
"""

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from journey_studio.interchange.mermaid import import_mermaid, mermaid_text
from journey_studio.interchange.mermaid_parser import MermaidSyntaxError, js_number, parse_journey
from journey_studio.io import read_workspace
from journey_studio.model import check_workspace
from tests.factories import make_card, make_map, make_persona, make_point, make_stage, make_workspace

TEMPLATES = Path(__file__).resolve().parents[2] / "resources" / "templates"

MERMAID_DOCS_EXAMPLE = """journey
    title My working day
    section Go to work
      Make tea: 5: Me
      Go upstairs: 3: Me
      Do work: 1: Me, Cat
    section Go home
      Go downstairs: 5: Me
      Sit down: 5: Me
"""


def shape(workspace):
    """What a Mermaid journey can say about a map, ids aside: comparable across imports."""
    journey_map = workspace.maps[0]
    names = {p.id: p.name for p in workspace.personas}
    stages = []
    for stage in journey_map.stages:
        cards = [(c.title, c.emotion) for c in journey_map.cards if c.stage_id == stage.id]
        points = sorted((p.label, p.score, names.get(p.persona_id)) for p in journey_map.emotion_points
                        if p.stage_id == stage.id)
        stages.append((stage.name, cards, points))
    return journey_map.title, journey_map.scenario, sorted(names.values()), stages


def test_the_documentation_example(tmp_path):
    result = import_mermaid(MERMAID_DOCS_EXAMPLE)
    assert not result.problems and not result.notices
    workspace = result.workspace
    assert check_workspace(workspace) == []
    journey_map = workspace.maps[0]
    assert journey_map.title == "My working day"
    assert [s.name for s in journey_map.stages] == ["Go to work", "Go home"]
    assert [c.title for c in journey_map.cards][:3] == ["Make tea", "Go upstairs", "Do work"]
    assert [c.emotion for c in journey_map.cards] == [2, 0, -2, 2, 2], "Mermaid's 1…5 onto −2…+2"
    assert sorted(p.name for p in workspace.personas) == ["Cat", "Me"]
    do_work = [p for p in journey_map.emotion_points if p.label == "Do work"]
    assert sorted(workspace.persona(p.persona_id).name for p in do_work) == ["Cat", "Me"]


def test_import_export_import_is_the_same_map():
    first = import_mermaid(MERMAID_DOCS_EXAMPLE).workspace
    again = import_mermaid(mermaid_text(first, first.maps[0])).workspace
    assert shape(again) == shape(first)


def test_the_real_grammar_comments_accessibility_case_and_orphan_tasks():
    text = """---
title: From front matter
---
%%{init: {"theme": "forest"}}%%
JOURNEY
  %% a comment line
  accTitle: Accessible title
  accDescr {
    A description
    on two lines
  }
  Wake up: 2   # a hash comment
  SECTION Morning
    Coffee: 4.5: Me
    Late: 0: Me
    Great: 7
    Odd: abc
"""
    result = import_mermaid(text)
    journey_map = result.workspace.maps[0]
    assert journey_map.title == "From front matter"
    assert journey_map.scenario == "A description\n    on two lines"
    assert [s.name for s in journey_map.stages] == ["No section", "Morning"]
    assert [c.title for c in journey_map.cards] == ["Wake up", "Coffee", "Late", "Great", "Odd"]
    assert [c.emotion for c in journey_map.cards] == [-1, 1.5, -2, 2, None]
    assert result.notices == [
        "line 15: the score 0 of task 'Late' is outside Mermaid's 1–5 scale; clamped to 1",
        "line 16: the score 7 of task 'Great' is outside Mermaid's 1–5 scale; clamped to 5",
        "line 17: the score 'abc' of task 'Odd' is not a number; the card has no emotion",
    ]


def test_scores_are_read_as_javascript_numbers():
    assert js_number(" 3 ") == 3 and js_number("") == 0 and js_number("0x10") == 16 and js_number("1e0") == 1
    assert js_number("1_0") != js_number("1_0"), "NaN, unlike Python's float('1_0')"


def test_a_hash_or_percent_in_a_name_behaves_as_in_mermaid():
    journey = parse_journey("journey\n  section S\n    Do work: 1: Me, Cat  %% not a comment here\n")
    assert journey.sections[0].tasks[0].actors == ["Me", "Cat  %% not a comment here"]


@pytest.mark.parametrize(
    "text, message",
    [
        ("flowchart LR\n  A --> B\n", "a Mermaid journey starts with 'journey', not 'flowchart LR'"),
        ("", "starts with 'journey', not nothing"),
        ("journey\n  section A\n    Make tea\n", "line 3: the task 'Make tea' has no score; write it as 'Make tea: 5'"),
        ("journey\n  section A\n    Tea #1: 5\n", "line 3: the task 'Tea' has no score"),
        ("journey\n  section A\n    Tea: 5; Coffee: 4\n", "line 3: unexpected ';'"),
        ("journey\n  section A\n    Journey planning: 5\n", "line 3: 'journey' may only start the diagram"),
        ("journey\n  section A\n    : 5\n", "line 3: a score (': 5') without a task name"),
        ("journey\n  accDescr {\n  never closed\n", "line 2: 'accDescr {' is never closed"),
    ],
)
def test_malformed_text_is_refused_with_the_line_and_the_reason(text, message):
    with pytest.raises(MermaidSyntaxError) as error:
        parse_journey(text)
    assert message in str(error.value)


def tricky_workspace():
    titles = ["Step 1: order #2; pay", "journey planning", "Title page", "Section 2 review", "accTitle x",
              "50%% off", "a%%b", "Café ☕ 😊", "line\nbreak", "", "%%start", "#hash", ":colon", ";semi"]
    cards = [make_card(f"card-{i}", title=title, emotion=(i % 5) - 2, owner="Sales, EMEA" if i % 4 == 0 else "")
             for i, title in enumerate(titles)]
    return make_workspace(
        cards=cards, title="Title: with # and ; inside\nand a line break",
        scenario="Scenario; with # and\nlines", persona_ids=["persona-1"],
        stages=[make_stage("stage-1", name="section journey: one"), make_stage("stage-2", name="Empty # stage; x")],
        personas=[make_persona(name="Léa, the runner")],
    )


def test_names_mermaid_cannot_hold_are_written_so_it_reads_them_back():
    workspace = tricky_workspace()
    text = mermaid_text(workspace, workspace.maps[0])
    journey = parse_journey(text)
    assert journey.title.startswith("Title: with ＃ and ； inside")
    assert [s.name.lstrip("\u2060") for s in journey.sections] == ["section journey꞉ one", "Empty ＃ stage； x"]
    names = [t.name.lstrip("\u2060") for t in journey.sections[0].tasks]
    assert names[:3] == ["Step 1꞉ order ＃2； pay", "journey planning", "Title page"]
    assert len(names) == 14 and "Task" in names, "an empty title still makes a task"
    assert "50% off" in names and "line break" in names
    scores = [t.score for t in journey.sections[0].tasks]
    assert scores[:5] == [1, 2, 3, 4, 5]
    assert journey.sections[0].tasks[0].actors == ["Sales‚ EMEA"]


def test_the_shipped_journey_round_trips(chaussures):
    text = mermaid_text(chaussures, chaussures.maps[0])
    imported = import_mermaid(text).workspace
    again = import_mermaid(mermaid_text(imported, imported.maps[0])).workspace
    assert shape(again) == shape(imported)
    journey_map = imported.maps[0]
    assert [s.name for s in journey_map.stages] == ["Réflexion", "Évaluation", "Achat"]
    assert [p.name for p in imported.personas] == ["Julie"]
    # The template's free emotion points pair with its action cards in order.
    assert [c.emotion for c in journey_map.cards] == [1, -1, 1, -1, -2, 0, 2]


def test_points_on_cards_and_owners_become_scores_and_actors():
    workspace = make_workspace(
        cards=[make_card("card-1", title="Pay"), make_card("card-2", title="Wait", owner="Logistics")],
        emotion_points=[make_point("point-1", card_id="card-1", score=-2, persona_id="persona-1")],
    )
    lines = mermaid_text(workspace, workspace.maps[0]).splitlines()
    assert "        Pay: 1: Léa" in lines
    assert "        Wait: 1: Logistics" in lines, "no point of its own: the stage's mood, its owner"


def test_a_map_with_nothing_still_exports():
    workspace = make_workspace(maps=[make_map(stages=[], lanes=[], persona_ids=[], title="")], personas=[])
    text = mermaid_text(workspace, workspace.maps[0])
    assert parse_journey(text).sections == []


def mmdc() -> list[str] | None:
    command = os.environ.get("JOURNEY_STUDIO_MMDC") or shutil.which("mmdc")
    browser = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    return [command, browser] if command and browser else None


@pytest.mark.parametrize("which", ["shoes", "tricky", "empty"])
def test_the_real_mermaid_renderer_accepts_every_export(tmp_path, which):
    tools = mmdc()
    if tools is None:
        pytest.skip("Mermaid's renderer (mmdc and chromium) is not installed; see this module's docstring")
    command, browser = tools
    workspace = {
        "shoes": lambda: read_workspace(TEMPLATES / "running-shoes.fr.journey.json"),
        "tricky": tricky_workspace,
        "empty": lambda: make_workspace(maps=[make_map(stages=[], lanes=[], persona_ids=[])], personas=[]),
    }[which]()
    source = tmp_path / "journey.mmd"
    source.write_text(mermaid_text(workspace, workspace.maps[0]), encoding="utf-8")
    config = tmp_path / "puppeteer.json"
    config.write_text(json.dumps({"executablePath": browser, "args": [
        "--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]}))
    out = tmp_path / "journey.svg"
    result = subprocess.run([command, "-p", str(config), "-i", str(source), "-o", str(out)],
                            capture_output=True, text=True, timeout=180)
    assert result.returncode == 0, result.stdout + result.stderr
    assert out.stat().st_size > 1000
