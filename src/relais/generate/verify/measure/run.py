"""Run the measure: render every template over every stay, verify the correct sentences
(false flags) and one mutation of each applicable kind (catches)."""

import random
import statistics
import time
from collections import Counter
from dataclasses import dataclass, field

from relais.generate.verify.measure.mutate import EXPECTED, MUTATIONS, Pools
from relais.generate.verify.measure.render import Sentence, render
from relais.generate.verify.measure.stays import Stay, make_stays
from relais.generate.verify.model import Flag
from relais.generate.verify.tools import Tools
from relais.generate.verify.verify import verify_sentence


@dataclass(slots=True)
class Figures:
    sentences: int = 0
    flagged: int = 0  # correct sentences with any flag
    errors: int = 0  # correct sentences with an error flag (warnings aside)
    caught: Counter[str] = field(default_factory=Counter)
    tried: Counter[str] = field(default_factory=Counter)
    as_not_cited: Counter[str] = field(default_factory=Counter)  # caught only as "non cité"
    times: list[float] = field(default_factory=list)  # seconds per correct sentence
    false_flags: list[tuple[str, list[str]]] = field(default_factory=list)
    misses: list[tuple[str, str]] = field(default_factory=list)

    @property
    def mutations(self) -> int:
        return sum(self.tried.values())

    @property
    def catch_rate(self) -> float:
        return sum(self.caught.values()) / max(1, self.mutations)

    @property
    def false_flag_rate(self) -> float:
        return self.flagged / max(1, self.sentences)

    @property
    def p50_ms(self) -> float:
        return 1000 * statistics.median(self.times) if self.times else 0.0


def _check(sentence: Sentence, stay: Stay, tools: Tools) -> list[Flag]:
    cited = [stay.facts[i] for i in sentence.citations]
    return verify_sentence(sentence.text, cited, stay.facts, tools=tools)


def measure(
    templates: list[str],
    negations: list[str],
    *,
    tools: Tools,
    pools: Pools | None = None,
    stays: int = 36,
    seed: int = 7,
) -> Figures:
    figures = Figures()
    pools = pools or Pools()
    for number, stay in enumerate(make_stays(stays, seed)):
        rng = random.Random(seed * 7919 + number)
        for template in templates:
            sentence = render(template, stay, rng, negations, aliases=pools.aliases)
            if sentence is None:
                continue
            started = time.perf_counter()
            flags = _check(sentence, stay, tools)
            figures.times.append(time.perf_counter() - started)
            figures.sentences += 1
            before = {(f.kind.value, f.span) for f in flags}
            if flags:
                figures.flagged += 1
                figures.false_flags.append((sentence.text, [f.message for f in flags]))
            figures.errors += any(f.severity.value == "error" for f in flags)
            for kind, mutation in MUTATIONS.items():
                mutated = mutation(sentence, stay, rng, pools)
                if mutated is None:
                    continue
                figures.tried[kind] += 1
                found = _check(mutated, stay, tools)
                new = {f.kind.value for f in found if (f.kind.value, f.span) not in before}
                if new & EXPECTED[kind]:
                    figures.caught[kind] += 1
                    figures.as_not_cited[kind] += new & EXPECTED[kind] == {"not_cited"}
                else:
                    figures.misses.append((kind, mutated.text))
    return figures
