"""A series to forecast: equally spaced steps (days or hours), what it counts, its values.

Missing steps are NaN; ``prepare`` decides what to do with them (counts: 0, levels:
interpolated) and says so.
"""

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum

import numpy as np
import numpy.typing as npt

Values = npt.NDArray[np.float64]


class Kind(StrEnum):
    ARRIVALS = "arrivals"
    ADMISSIONS = "admissions"
    OCCUPANCY = "occupancy"


class Step(StrEnum):
    DAY = "day"
    HOUR = "hour"

    @property
    def delta(self) -> timedelta:
        return timedelta(days=1) if self is Step.DAY else timedelta(hours=1)

    @property
    def freq(self) -> str:
        """The pandas frequency of the step."""
        return "D" if self is Step.DAY else "h"

    @property
    def per_day(self) -> int:
        return 1 if self is Step.DAY else 24


@dataclass(frozen=True, slots=True)
class Notice:
    """Something the reader must know about a series or its forecast (French ``message``)."""

    code: str
    message: str

    def to_dict(self) -> dict[str, str]:
        return {"code": self.code, "message": self.message}


@dataclass(frozen=True, slots=True, eq=False)
class Series:
    key: str  # unique_id: stable, ASCII, e.g. "admissions:cardiologie"
    label: str  # for managers, e.g. "Admissions — Cardiologie"
    kind: Kind
    step: Step
    start: datetime  # the first step (midnight for days)
    values: Values
    counts: bool = True  # events per step (a missing step is 0) or a level (interpolated)
    source: str = "base"  # "base" (stored encounters) or the CSV file name
    notices: tuple[Notice, ...] = field(default=())

    def __post_init__(self) -> None:
        if self.values.ndim != 1:
            raise ValueError("values must be one-dimensional")

    def __len__(self) -> int:
        return int(self.values.shape[0])

    def moment(self, index: int) -> datetime:
        return self.start + index * self.step.delta

    @property
    def end(self) -> datetime:
        return self.moment(len(self) - 1)
