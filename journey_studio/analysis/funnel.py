"""The stage funnel: how many customers enter and complete each stage, and where most are lost.

Each stage's figures come from ``Stage.metrics``: counts (entered, completed) when known,
else a completion rate alone. Definitions:

* **rate** — ``StageMetrics.rate()``: completed / entered, else the stage's completion rate.
* **drop** between stage *n* and the next — the share of the customers who entered *n* and do
  not enter *n + 1*: ``1 − entered(n+1) / entered(n)`` when both counts are known, else
  ``1 − rate(n)`` (customers who do not complete a stage do not reach the next one). None when
  neither is known. A negative value (more enter the next stage, e.g. customers who skip
  ahead) is kept as it is: it is a gain, never the biggest drop.
* **reach** of a stage — the share of the first stage's entrants who get this far: entered /
  first stage's entered when both are counted, else the product of ``1 − drop`` so far (1.0
  for the first stage); None after an unknown drop.
* the **biggest drop** is the largest positive drop; the first one wins a tie.
"""

from dataclasses import dataclass
from itertools import pairwise

from ..model import JourneyMap


@dataclass(frozen=True)
class FunnelStep:
    stage_id: str
    name: str
    entered: int | None
    completed: int | None
    rate: float | None
    reach: float | None


@dataclass(frozen=True)
class FunnelDrop:
    from_stage_id: str
    to_stage_id: str
    share: float | None
    """Share of the customers who entered ``from_stage_id`` and did not enter ``to_stage_id``."""
    lost: int | None
    """How many customers that is, when both stages have counts."""
    biggest: bool = False


@dataclass(frozen=True)
class Funnel:
    steps: tuple[FunnelStep, ...]
    drops: tuple[FunnelDrop, ...]
    """``drops[i]`` lies between ``steps[i]`` and ``steps[i + 1]``."""

    @property
    def biggest_drop(self) -> FunnelDrop | None:
        return next((drop for drop in self.drops if drop.biggest), None)

    @property
    def has_data(self) -> bool:
        """True when at least one stage has a figure: a funnel lane is worth drawing."""
        return any(step.entered is not None or step.rate is not None for step in self.steps)

    def step(self, stage_id: str) -> FunnelStep | None:
        return next((step for step in self.steps if step.stage_id == stage_id), None)


def compute_funnel(journey_map: JourneyMap) -> Funnel:
    stages = journey_map.stages
    drops: list[FunnelDrop] = []
    for before, after in pairwise(stages):
        entered, following = before.metrics.entered, after.metrics.entered
        if entered and following is not None:
            share: float | None = 1 - following / entered
            lost: int | None = entered - following
        else:
            rate = before.metrics.rate()
            share = None if rate is None else 1 - rate
            lost = None
        drops.append(FunnelDrop(before.id, after.id, share, lost))

    positive = [(drop.share, -index) for index, drop in enumerate(drops) if drop.share is not None and drop.share > 0]
    if positive:
        biggest = -max(positive)[1]
        drops[biggest] = FunnelDrop(drops[biggest].from_stage_id, drops[biggest].to_stage_id,
                                    drops[biggest].share, drops[biggest].lost, biggest=True)

    steps = []
    reach: float | None = 1.0
    first = stages[0].metrics.entered if stages else None
    for index, stage in enumerate(stages):
        metrics = stage.metrics
        if index > 0:
            share = drops[index - 1].share
            reach = None if reach is None or share is None else reach * (1 - share)
            if first and metrics.entered is not None:
                reach = metrics.entered / first
        steps.append(FunnelStep(stage.id, stage.name, metrics.entered, metrics.completed, metrics.rate(), reach))
    return Funnel(tuple(steps), tuple(drops))
