"""Cards as a spreadsheet: exported for Excel, read back by Python's csv module, imported with reasons."""

import csv
import io
import subprocess
import sys

import pytest

from journey_studio.interchange import ImportFailed, import_file
from journey_studio.interchange.csv_cards import (
    COLUMNS,
    CsvFormatError,
    cards_csv,
    import_cards_csv,
    neutralise,
    restore,
)
from journey_studio.model import check_workspace
from tests.factories import make_card, make_workspace


def rows(data: bytes) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def card_facts(journey_map):
    stages = {s.id: s.name for s in journey_map.stages}
    lanes = {lane.id: lane.title for lane in journey_map.lanes}
    return sorted((stages[c.stage_id], lanes[c.lane_id], c.order, c.title, c.body, c.channel, c.online, c.emotion,
                   c.owner, tuple(c.tags), c.evidence) for c in journey_map.cards)


def test_one_row_per_card_utf8_with_a_bom(chaussures):
    data = cards_csv(chaussures, chaussures.maps)
    assert data.startswith(b"\xef\xbb\xbf"), "Excel needs the BOM to read accents"
    table = rows(data)
    assert list(table[0]) == list(COLUMNS)
    assert len(table) == len(chaussures.maps[0].cards)
    first = table[0]
    assert (first["stage"], first["lane"], first["channel"]) == ("Réflexion", "Actions", "search")
    assert first["evidence source"] == "web_analytics" and first["last verified"] == "2026-10-05"


@pytest.mark.parametrize("text", ["=HYPERLINK(\"x\")", "+1", "-2+3", "@SUM(A1)", "\tx", "'=already"])
def test_formula_like_cells_are_neutralised_and_restored(text):
    cell = neutralise(text)
    assert cell.startswith("'") and restore(cell) == text


def test_plain_text_and_numbers_are_left_alone():
    workspace = make_workspace(cards=[make_card("card-1", title="=cmd|' /C calc'!A0", emotion=-1.5,
                                                body="'Tis fine", owner="-team")])
    row = rows(cards_csv(workspace, workspace.maps))[0]
    assert row["title"] == "'=cmd|' /C calc'!A0"
    assert row["owner"] == "'-team"
    assert row["emotion"] == "-1.5", "a number the program wrote is a number, not a formula"
    assert row["body"] == "'Tis fine"


def test_export_then_import_gives_the_same_cards(chaussures):
    result = import_cards_csv(cards_csv(chaussures, chaussures.maps).decode("utf-8-sig"), "fr")
    assert not result.problems
    assert check_workspace(result.workspace) == []
    imported = result.workspace.maps[0]
    assert imported.title == chaussures.maps[0].title
    assert card_facts(imported) == card_facts(chaussures.maps[0])
    kinds = {lane.title: lane.kind.value for lane in imported.lanes}
    assert kinds["Irritants"] == "pain_points" and kinds["Points de contact"] == "touchpoints"


def test_hostile_cells_survive_the_round_trip():
    workspace = make_workspace(cards=[make_card("card-1", title="=1+1", body="@here\nsecond line, with a comma",
                                                owner="+33 1 23")])
    imported = import_cards_csv(cards_csv(workspace, workspace.maps).decode("utf-8-sig")).workspace.maps[0]
    card = imported.cards[0]
    assert (card.title, card.body, card.owner) == ("=1+1", "@here\nsecond line, with a comma", "+33 1 23")


def test_every_bad_row_is_reported_with_its_number_and_all_its_reasons(chaussures):
    text = (
        "stage,title,lane,emotion,channel,online,last verified,evidence source\n"
        "Réflexion,Bonne carte,Actions,1,web,oui,2024-06-30,interview\n"
        "Réflexion,,Actions,,,,,\n"
        "Nulle part,Perdue,Actions,9,,,,\n"
        "Réflexion,Mal remplie,Actions,abc,fax,peut-être,30/06/2024,rumeur\n"
        ",,,,,,,\n"
        "Réflexion,Trop de cases,Actions,,,,,,en trop\n"
    )
    result = import_cards_csv(text, "fr", into=chaussures)
    assert result.problems == [
        "row 3: the title is empty",
        "row 4: unknown stage 'Nulle part' (the map's stages: 'Réflexion', 'Évaluation', 'Achat'); "
        "the emotion 9 is outside the map's scale -2…2",
        "row 5: unknown channel 'fax' (known: web, mobile_app, email, social, search, ads, store, phone, chat, "
        "word_of_mouth, event, print, other); online must be yes or no, not 'peut-être'; the emotion 'abc' is not "
        "a number; unknown evidence source 'rumeur' (known: interview, focus_group, survey, web_analytics, crm, "
        "support_tickets, workshop, assumption); last verified '30/06/2024' is not a date like 2024-06-30",
        "row 7: has 9 cells but the header names 8 columns (a text with the separator in it needs quotes)",
    ]
    journey_map = result.workspace.maps[0]
    added = [c for c in journey_map.cards if c.title == "Bonne carte"]
    assert len(journey_map.cards) == len(chaussures.maps[0].cards) + 1 and added
    assert added[0].online is True and added[0].evidence.source.value == "interview"
    assert chaussures.maps[0].card(added[0].id) is None, "the original workspace is untouched"


def test_unknown_lanes_are_refused_when_adding_to_a_map(chaussures):
    result = import_cards_csv("stage,title,lane\nRéflexion,X,Couloir inconnu\nRéflexion,Y,irritants\n", "fr",
                              into=chaussures)
    assert result.problems == ["row 2: unknown lane 'Couloir inconnu' (the map's lanes: 'Actions', "
                               "'Points de contact', 'Pensées', 'Émotions', 'Irritants', 'Opportunités', "
                               "'Coulisses', 'Indicateurs')"]
    assert result.workspace.maps[0].cards[-1].title == "Y"


def test_rows_of_another_map_are_refused(chaussures):
    result = import_cards_csv("map,stage,title\nAutre carte,Réflexion,X\n", "fr", into=chaussures)
    assert result.problems[0].startswith("row 2: belongs to the map 'Autre carte'")


@pytest.mark.parametrize(
    "text, message",
    [
        ("stage,body\nA,b\n", "missing column(s) title (the header has: 'stage', 'body')"),
        ("titre,corps\n", "missing column(s) stage"),
        ("", "has no header row"),
    ],
)
def test_a_table_without_the_needed_columns_is_refused(text, message):
    with pytest.raises(CsvFormatError) as error:
        import_cards_csv(text)
    assert message in str(error.value)


def test_french_excel_semicolons_and_headers():
    text = "Étape;Titre;Couloir;Émotion\nDécouverte;Lire les avis;Actions;1,5\n"
    journey_map = import_cards_csv(text, "fr").workspace.maps[0]
    assert journey_map.cards[0].title == "Lire les avis" and journey_map.cards[0].emotion == 1.5


def test_several_maps_in_one_table():
    text = "map,stage,title\nA,S1,one\nB,S1,two\nA,S2,three\n"
    workspace = import_cards_csv(text).workspace
    assert [m.title for m in workspace.maps] == ["A", "B"]
    assert [c.title for c in workspace.maps[0].cards] == ["one", "three"]
    assert check_workspace(workspace) == []


def test_a_windows_1252_file_is_read_and_said_so(tmp_path):
    path = tmp_path / "cartes.csv"
    path.write_bytes("stage,title\nRéflexion,Café\n".encode("cp1252"))
    result = import_file(path, "fr")
    assert result.workspace.maps[0].cards[0].title == "Café"
    assert result.notices == ["the file is not UTF-8; it was read as Windows-1252"]


def test_import_file_names_the_file_in_its_errors(tmp_path):
    with pytest.raises(ImportFailed, match=r"missing\.csv: "):
        import_file(tmp_path / "missing.csv")
    bad = tmp_path / "bad.csv"
    bad.write_text("a,b\n1,2\n")
    with pytest.raises(ImportFailed, match=r"bad\.csv: missing column\(s\) stage, title"):
        import_file(bad)
    with pytest.raises(ImportFailed, match=r"cards\.xlsx: cannot import '\.xlsx'"):
        import_file(tmp_path / "cards.xlsx")


def test_interchange_needs_no_qt():
    code = ("import journey_studio.interchange.mermaid, journey_studio.interchange.csv_cards, sys; "
            "qt = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))); assert not qt, qt")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
