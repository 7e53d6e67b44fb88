"""The report carries the findings: the insights (as the panel lists them) and the workshop comments."""

from datetime import date

from pypdf import PdfReader

from journey_studio.analysis.insights import compute_insights
from journey_studio.export import ExportOptions, Scope, export_map
from journey_studio.model import Comment
from tests.export.readers import pdf_text


def export(tmp_path, workspace, **options) -> tuple[str, list[str]]:
    path = tmp_path / "rapport.pdf"
    export_map(workspace, workspace.maps[0], path, ExportOptions(**options))
    reader = PdfReader(path)
    outline = [item.title for item in reader.outline if not isinstance(item, list)]
    return " ".join(pdf_text(path).split()), outline


def test_every_insight_of_the_panel_is_in_the_report(tmp_path, chaussures):
    journey_map = chaussures.maps[0]
    insights = compute_insights(journey_map, "fr", chaussures.personas)
    assert len(insights) >= 4, "the sample map has findings to report"
    text, outline = export(tmp_path, chaussures)
    assert "Enseignements" in outline
    for insight in insights:
        assert " ".join(insight.message.split()) in text, insight.message
    assert "Priorité haute" in text, "a moment of truth is flagged as high priority"
    assert "Commentaires" not in outline, "no empty comments section"


def test_comments_are_listed_under_their_card_open_ones_first(tmp_path, shoes):
    workspace = shoes.model_copy(deep=True)
    card = workspace.maps[0].cards[0]
    card.comments = [
        Comment(id="done", author="Ana", date=date(2026, 3, 2), text="Old remark, dealt with.", resolved=True),
        Comment(id="open", author="Élodie", date=date(2026, 11, 20), text="Check November’s analytics 📈"),
    ]
    text, outline = export(tmp_path, workspace)
    assert outline[-1] == "Comments"
    section = text[text.rindex("Comments"):]
    assert card.title in section
    assert section.index("Élodie · 2026-11-20") < section.index("Ana · 2026-03-02 · resolved")
    assert "Check November’s analytics" in section


def test_a_stage_export_has_no_findings_pages(tmp_path, shoes):
    workspace = shoes.model_copy(deep=True)
    workspace.maps[0].cards[0].comments = [Comment(id="c", text="A remark")]
    _text, outline = export(tmp_path, workspace, scope=Scope.STAGE, stage=workspace.maps[0].stages[0].id)
    assert "Insights" not in outline and "Comments" not in outline
