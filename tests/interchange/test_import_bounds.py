"""Issue 14, bounded work for imports: every limit a map has is met with a message naming the file, the
line (or row) and the limit, never a traceback; parsing takes linear time; formulas never leak out.

Hang guards (an alarm well above the expected time) stop a quadratic parser instead of letting the
test run for minutes; they are not measurements (those are in bench/bench_hostile.py).
"""

import csv
import io
from pathlib import Path

import pytest

from journey_studio.interchange import ImportFailed, import_file
from journey_studio.interchange.csv_cards import cards_csv, neutralise, restore
from tests.factories import make_card, make_workspace
from tests.hang_guard import hang_guard


def _mmd(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "journey.mmd"
    path.write_text(text, encoding="utf-8")
    return path


def _refused(path: Path, *words: str) -> str:
    with pytest.raises(ImportFailed) as refused:
        import_file(path)
    message = str(refused.value)
    assert message.startswith(f"{path}: ")
    for word in words:
        assert word in message, message
    assert "\x00" not in message and "Traceback" not in message
    return message


# -- Mermaid ----------------------------------------------------------------------------------


def test_51_actors_are_refused_at_the_line_of_the_51st(tmp_path):
    actors = ", ".join(f"Actor {i}" for i in range(51))
    _refused(_mmd(tmp_path, f"journey\n  section S\n    Task: 3: {actors}\n"), "line 3", "actor 51", "at most 50")


def test_a_600_character_actor_is_shortened_and_said_so(tmp_path):
    result = import_file(_mmd(tmp_path, f"journey\n  section S\n    Task: 3: {'A' * 600}\n"))
    assert len(result.workspace.personas[0].name) == 500
    assert any("line 3" in notice and "longer than 500" in notice for notice in result.notices)


@pytest.mark.parametrize("score", ["0x" + "f" * 400, "0b" + "1" * 2000, "0o" + "7" * 1000])
def test_a_huge_hexadecimal_score_is_infinity_clamped_not_an_overflow(tmp_path, score):
    result = import_file(_mmd(tmp_path, f"journey\n  section S\n    Task: {score}\n"))
    assert result.workspace.maps[0].cards[0].emotion == 2
    assert any("clamped to 5" in notice for notice in result.notices)
    assert all(len(notice) < 400 for notice in result.notices), "a notice quotes at most a few dozen characters"


def test_501_sections_are_refused(tmp_path):
    sections = "".join(f"  section S{i}\n    T: 3\n" for i in range(501))
    _refused(_mmd(tmp_path, "journey\n" + sections), "line 1002", "section 501", "at most 500 stages")


def test_200000_tasks_are_refused_at_the_20001st_before_any_card_is_made(tmp_path, monkeypatch):
    from journey_studio.interchange import mermaid

    made = []
    real = mermaid.Card
    monkeypatch.setattr(mermaid, "Card", lambda **fields: made.append(1) or real(**fields))
    path = _mmd(tmp_path, "journey\n  section S\n" + "    T: 3\n" * 200_000)
    with hang_guard(20):
        _refused(path, "line 20003", "task 20,001", "at most 20,000 cards")
    assert made == []


def test_600_tasks_with_40_actors_each_are_refused_for_the_curve(tmp_path):
    actors = ", ".join(f"A{i}" for i in range(40))
    _refused(_mmd(tmp_path, "journey\n  section S\n" + f"    T: 3: {actors}\n" * 600),
             "line 503", "20,000 points")  # 500 tasks × 40 actors fill the curve; the 501st is line 503


def test_a_60000_digit_score_is_read_in_linear_time(tmp_path):
    for score in ("9" * 60_000, "9" * 60_000 + "x", "1." + "0" * 60_000 + "e", "." * 60_000):
        path = _mmd(tmp_path, f"journey\n  section S\n    T: {score}\n")
        with hang_guard(10):
            result = import_file(path)
        assert len(result.workspace.maps[0].cards) == 1


def test_a_megabyte_of_directive_openings_is_read_in_linear_time(tmp_path):
    for text in ("journey\n" + "%%{" * 350_000, "journey\n" + "%%{\n" * 250_000 + "  section S\n    T: 3\n"):
        path = _mmd(tmp_path, text)
        with hang_guard(20):
            try:
                import_file(path)
            except ImportFailed as refused:
                assert "\x00" not in str(refused)


def test_utf16_without_a_byte_order_mark_is_refused_without_raw_nul_bytes(tmp_path):
    for name, text in (("j.mmd", "journey\n  section S\n    T: 3\n"), ("c.csv", "stage,title\nS,T\n")):
        path = tmp_path / name
        path.write_bytes(text.encode("utf-16-le"))
        message = _refused(path, "UTF-16")
        assert "\x00" not in message


@pytest.mark.parametrize("codec", ["utf-16", "utf-32"])
def test_utf16_and_utf32_with_their_byte_order_mark_are_read(tmp_path, codec):
    path = tmp_path / "cards.csv"
    path.write_bytes("stage\ttitle\nÉtape\tCarte é\n".encode(codec))
    result = import_file(path)
    assert result.workspace.maps[0].cards[0].title == "Carte é"


def test_no_message_quotes_a_raw_control_character(tmp_path):
    path = _mmd(tmp_path, "\x00\x1b[31mjourney\n")
    message = _refused(path)
    assert "\x1b" not in message


# -- CSV --------------------------------------------------------------------------------------


def _csv(tmp_path: Path, rows: list[list[str]]) -> Path:
    out = io.StringIO()
    csv.writer(out).writerows(rows)
    path = tmp_path / "cards.csv"
    path.write_text(out.getvalue(), encoding="utf-8")
    return path


@pytest.mark.parametrize("column, count, limit", [("stage", 501, "at most 500 stages"),
                                                  ("lane", 201, "at most 200 lanes"),
                                                  ("map", 201, "at most 200 maps")])
def test_one_too_many_stages_lanes_or_maps_is_a_row_left_out_with_the_limit(tmp_path, column, count, limit):
    rows = [["map", "stage", "lane", "title"]]
    for i in range(count):
        row = {"map": "M", "stage": "S", "lane": "Actions", "title": f"T{i}"}
        row[column] = f"{column} {i}"
        rows.append([row["map"], row["stage"], row["lane"], row["title"]])
    result = import_file(_csv(tmp_path, rows))
    assert result.problems == [f"row {count + 1}: " + result.problems[0].split(": ", 1)[1]]
    assert limit in result.problems[0]
    assert sum(len(m.cards) for m in result.workspace.maps) == count - 1


@pytest.mark.parametrize("column", ["stage", "lane", "map"])
def test_a_600_character_name_is_a_row_left_out_with_the_limit(tmp_path, column):
    row = {"map": "M", "stage": "S", "lane": "Actions", "title": "T"}
    row[column] = "N" * 600
    result = import_file(_csv(tmp_path, [["map", "stage", "lane", "title"], list(row.values()),
                                         ["M", "S", "Actions", "kept"]]))
    assert len(result.problems) == 1 and "row 2" in result.problems[0] and "at most 500" in result.problems[0]
    assert "600 characters" in result.problems[0]


def test_ten_maps_of_20000_rows_are_refused_at_once_in_linear_time(tmp_path):
    rows = [["map", "stage", "lane", "title"]]
    rows += [[f"M{m}", f"S{r % 30}", f"L{r % 8}", f"Card {r}"] for m in range(10) for r in range(20_000)]
    path = _csv(tmp_path, rows)
    assert path.stat().st_size > 4_000_000
    with hang_guard(20):
        _refused(path, "row 50002", "more than 50,000 cards")


def test_cells_in_one_map_get_their_order_without_rescanning(tmp_path):
    rows = [["stage", "lane", "title"]] + [[f"S{i % 3}", f"L{i % 2}", f"T{i}"] for i in range(60)]
    result = import_file(_csv(tmp_path, rows))
    cards = result.workspace.maps[0].cards
    for stage in ("S0", "S1", "S2"):
        for lane in ("L0", "L1"):
            cell = [c for c in cards if result.workspace.maps[0].stage(c.stage_id).name == stage
                    and result.workspace.maps[0].lane(c.lane_id).title == lane]
            assert [c.order for c in cell] == list(range(len(cell)))


@pytest.mark.parametrize("value", [" =1+1", "\n=1+1", "\r\n+cmd", "  @SUM(A1)", "\t-2", " \u00a0=HYPERLINK(x)"])
def test_formulas_behind_spaces_or_line_breaks_are_neutralised_and_restored(value):
    assert neutralise(value).startswith("'")
    assert restore(neutralise(value)) == value
    workspace = make_workspace(cards=[make_card(title=value, body=value)])
    rows = list(csv.reader(io.StringIO(cards_csv(workspace, workspace.maps).decode("utf-8-sig"))))
    assert rows[1][3] == "'" + value and rows[1][4] == "'" + value


@pytest.mark.parametrize("value", ["plain", "'quoted", " spaced", "e=mc2", "1+1"])
def test_ordinary_text_is_left_as_it_is(value):
    assert neutralise(value) == value and restore(value) == value
