"""A note being written: text pieces, identifying spans and stated facts with offsets."""

import re
from dataclasses import dataclass, field

PLACEHOLDER = re.compile(r"\{(\w+)\}")


@dataclass(frozen=True, slots=True)
class Span:
    type: str
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Fact:
    kind: str
    text: str
    code: str | None
    negated: bool
    hypothesis: bool
    resource_id: str | None
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Piece:
    """A value to put in a template: plain text, an identifying span, or a stated fact."""

    text: str
    span: str | None = None
    fact: str | None = None
    code: str | None = None
    resource_id: str | None = None
    negated: bool = False
    hypothesis: bool = False


@dataclass(slots=True)
class Note:
    parts: list[str] = field(default_factory=list)
    length: int = 0
    spans: list[Span] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)

    def add(self, text: str) -> None:
        self.parts.append(text)
        self.length += len(text)

    def ident(self, kind: str, text: str) -> None:
        self.spans.append(Span(kind, self.length, self.length + len(text), text))
        self.add(text)

    def fact(
        self,
        kind: str,
        text: str,
        *,
        code: str | None = None,
        resource_id: str | None = None,
        negated: bool = False,
        hypothesis: bool = False,
    ) -> None:
        start = self.length
        self.add(text)
        self.facts.append(
            Fact(kind, text, code, negated, hypothesis, resource_id, start, self.length)
        )

    def piece(self, piece: Piece) -> None:
        if piece.span:
            self.ident(piece.span, piece.text)
        elif piece.fact:
            self.fact(
                piece.fact,
                piece.text,
                code=piece.code,
                resource_id=piece.resource_id,
                negated=piece.negated,
                hypothesis=piece.hypothesis,
            )
        else:
            self.add(piece.text)

    def fill(self, template: str, values: dict[str, Piece]) -> None:
        """Write ``template``, replacing each ``{name}`` by its piece (spans and facts kept)."""
        position = 0
        for match in PLACEHOLDER.finditer(template):
            self.add(template[position : match.start()])
            self.piece(values[match.group(1)])
            position = match.end()
        self.add(template[position:])

    def line(self, text: str = "") -> None:
        self.add(text + "\n")

    @property
    def text(self) -> str:
        return "".join(self.parts)
