"""Resource ids of one detailed patient: uuid5 of the seed, the patient number and a counter."""

from dataclasses import dataclass

from relais.synth.ids import IdMaker


@dataclass(slots=True)
class Mint:
    ids: IdMaker
    number: int
    counter: int = 0

    def __call__(self, kind: str) -> str:
        self.counter += 1
        return self.ids.make("p", self.number, kind, self.counter)
