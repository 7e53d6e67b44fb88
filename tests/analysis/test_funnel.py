"""The stage funnel's figures: rates, drops between stages, reach, and the biggest drop."""

import pytest

from journey_studio.analysis.funnel import compute_funnel
from journey_studio.model import JourneyMap, Stage, StageMetrics


def funnel_of(*metrics: StageMetrics):
    stages = [Stage(id=f"s{i}", name=f"Étape {i}", metrics=m) for i, m in enumerate(metrics, 1)]
    return compute_funnel(JourneyMap(id="m", title="Tunnel", stages=stages))


def test_counts_give_rates_drops_reach_and_the_biggest_drop():
    funnel = funnel_of(StageMetrics(entered=12000, completed=5400), StageMetrics(entered=5400, completed=1900),
                       StageMetrics(entered=1900, completed=1350))
    assert [s.rate for s in funnel.steps] == [
        pytest.approx(0.45), pytest.approx(1900 / 5400), pytest.approx(1350 / 1900),
    ]
    assert [(d.from_stage_id, d.to_stage_id) for d in funnel.drops] == [("s1", "s2"), ("s2", "s3")]
    assert [d.share for d in funnel.drops] == [pytest.approx(0.55), pytest.approx(3500 / 5400)]
    assert [d.lost for d in funnel.drops] == [6600, 3500]
    assert [d.biggest for d in funnel.drops] == [False, True]
    assert funnel.biggest_drop is funnel.drops[1]
    assert [s.reach for s in funnel.steps] == [1.0, 0.45, pytest.approx(1900 / 12000)]
    assert funnel.has_data


def test_rates_alone_give_drops_from_the_previous_stage():
    funnel = funnel_of(StageMetrics(completion_rate=0.8), StageMetrics(completion_rate=0.5), StageMetrics())
    assert [d.share for d in funnel.drops] == [pytest.approx(0.2), pytest.approx(0.5)]
    assert [d.lost for d in funnel.drops] == [None, None]
    assert funnel.biggest_drop.from_stage_id == "s2"
    assert [s.reach for s in funnel.steps] == [1.0, pytest.approx(0.8), pytest.approx(0.4)]


def test_unknown_figures_leave_gaps():
    funnel = funnel_of(StageMetrics(entered=100, completed=50), StageMetrics(), StageMetrics(entered=10))
    assert funnel.drops[0].share == pytest.approx(0.5)  # from the first stage's rate
    assert funnel.drops[1].share is None
    assert [s.reach for s in funnel.steps] == [1.0, pytest.approx(0.5), pytest.approx(0.1)]


def test_a_gain_is_never_the_biggest_drop_and_ties_go_to_the_first():
    gain = funnel_of(StageMetrics(entered=100), StageMetrics(entered=150))
    assert gain.drops[0].share == pytest.approx(-0.5) and gain.biggest_drop is None
    tie = funnel_of(StageMetrics(entered=100), StageMetrics(entered=50), StageMetrics(entered=25))
    assert tie.biggest_drop.from_stage_id == "s1"


def test_no_figures_no_funnel():
    funnel = funnel_of(StageMetrics(), StageMetrics())
    assert not funnel.has_data and funnel.biggest_drop is None
    assert funnel.step("s2").name == "Étape 2" and funnel.step("nope") is None
    empty = compute_funnel(JourneyMap(id="m", title="Vide"))
    assert empty.steps == () and empty.drops == ()
