"""Property-based: any valid workspace round-trips exactly; any damaged file loads or fails with a typed error.

Hypothesis generates workspaces of every shape (all fields, any Unicode but lone surrogates,
time zones, empty and full collections), then damages their files: byte flips, truncations,
insertions, deleted keys, values of the wrong type, duplicated items.
"""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journey_studio.io import JourneyFileError, parse_workspace, workspace_to_bytes
from tests.robustness.strategies import damaged, workspaces

COMMON = settings(
    database=None, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large]
)


@settings(COMMON, max_examples=150)
@given(workspaces())
def test_valid_workspaces_round_trip_exactly(workspace):
    data = workspace_to_bytes(workspace)
    reopened = parse_workspace(data)
    assert reopened == workspace
    assert workspace_to_bytes(reopened) == data


@settings(COMMON, max_examples=400)
@given(st.data())
def test_damaged_files_load_or_fail_with_a_typed_error(data):
    workspace = data.draw(workspaces(max_maps=1, max_cards=5))
    broken = data.draw(damaged(workspace_to_bytes(workspace)))
    # The work is bounded by the strategy (one map, five cards at most); how long it takes is a figure
    # for bench/bench_hostile_files.py, not an assert that fails on a loaded machine.
    try:
        loaded = parse_workspace(broken, "damaged.journey.json")
    except JourneyFileError as error:
        assert "damaged.journey.json" in str(error)
        loaded = None
    if loaded is not None:
        # Whatever is accepted can be written and read back the same.
        assert parse_workspace(workspace_to_bytes(loaded)) == loaded
