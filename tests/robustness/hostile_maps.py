"""Maps that validate but are built to make an export work hard: issue 14's worst cases, at any size.

Shared by the tests (small sizes, or the sizes that must be refused) and ``bench/bench_hostile.py``
(the worst case each bound lets through).
"""

from journey_studio.model import Card, Connector, ConnectorKind, JourneyMap, Lane, LaneKind, Stage, Workspace
from journey_studio.model.workspace import Metadata


def arrows_map(cards: int = 35, arrows: int = 4000, lanes: int = 1) -> Workspace:
    """``cards`` cards across five stages and ``lanes`` lanes, joined by ``arrows`` arrows that loop back
    within their lane (each lane's band stacks its arrows one level above the other)."""
    stages = [Stage(id=f"s{i}", name=f"Stage {i}") for i in range(5)]
    lane_list = [Lane(id=f"l{j}", kind=LaneKind.ACTIONS, title=f"Actions {j}") for j in range(lanes)]
    card_list = [Card(id=f"c{i}", stage_id=stages[i % 5].id, lane_id=lane_list[(i // 5) % lanes].id,
                      order=i // (5 * lanes), title=f"Card {i}") for i in range(cards)]
    by_lane = [[c for c in card_list if c.lane_id == lane.id] for lane in lane_list]
    connectors = []
    for k in range(arrows):
        row = by_lane[k % lanes]
        source, target = row[(k // lanes + 1) % len(row)], row[(k // lanes) % len(row)]
        connectors.append(Connector(id=f"a{k}", from_card=source.id, to_card=target.id, kind=ConnectorKind.BACK))
    return _workspace(JourneyMap(id="m", title="Arrows", stages=stages, lanes=lane_list, cards=card_list,
                                 connectors=connectors))


def grid_map(stages: int = 500, lanes: int = 200) -> Workspace:
    """An empty grid of ``stages`` × ``lanes``, each as large as a stage and a lane may be."""
    stage_list = [Stage(id=f"s{i}", name=f"S{i}", width=2000.0) for i in range(stages)]
    lane_list = [Lane(id=f"l{j}", kind=LaneKind.TEXT, title=f"L{j}", height=2000.0) for j in range(lanes)]
    return _workspace(JourneyMap(id="m", title="Grid", stages=stage_list, lanes=lane_list))


def many_cards_map(cards: int = 20_000, stages: int = 100, lanes: int = 8) -> Workspace:
    stage_list = [Stage(id=f"s{i}", name=f"Stage {i}") for i in range(stages)]
    lane_list = [Lane(id=f"l{j}", kind=LaneKind.TEXT, title=f"Lane {j}") for j in range(lanes)]
    card_list = [Card(id=f"c{k}", stage_id=f"s{k % stages}", lane_id=f"l{(k // stages) % lanes}",
                      order=k // (stages * lanes), title=f"Card {k}") for k in range(cards)]
    return _workspace(JourneyMap(id="m", title="Crowd", stages=stage_list, lanes=lane_list, cards=card_list))


def _workspace(journey_map: JourneyMap) -> Workspace:
    return Workspace(metadata=Metadata(title=journey_map.title), maps=[journey_map])
