"""The top-level members of a JSON object that is still being written, each as soon as it is
complete: a small scanner that follows strings (with their escapes) and nesting depth, so that
braces, brackets, commas and quotes inside strings are never taken for structure.

    >>> members = ObjectMembers()
    >>> members.feed('{"motif": ["a, }"], "sy')
    [('motif', ['a, }'])]
    >>> members.feed('{"motif": ["a, }"], "synthese": {"x": "\\\\""}}')
    [('synthese', {'x': '"'})]
"""

import json
from typing import Any


class ObjectMembers:
    """Feed it the growing text; it returns the members completed since the last call.

    Text that does not continue what was fed (a retry restarting the answer) starts over. A
    member that is not valid JSON is skipped: the parse of the whole text decides what it is.
    """

    def __init__(self) -> None:
        self._reset()

    def _reset(self) -> None:
        self._text = ""
        self._depth = 0
        self._in_string = False
        self._escaped = False
        self._member_start: int | None = None  # where the member being written starts
        self._closed = False

    def feed(self, text: str) -> list[tuple[str, Any]]:
        if not text.startswith(self._text):
            self._reset()
        start, self._text = len(self._text), text
        found: list[tuple[str, Any]] = []
        for index in range(start, len(text)):
            if self._closed:
                break
            member_end = self._step(text[index], index)
            if member_end is not None:
                found += self._parse(member_end)
        return found

    def _step(self, char: str, index: int) -> int | None:
        """Advance by one character; the end of a member when this character completes it."""
        if self._in_string:
            if self._escaped:
                self._escaped = False
            elif char == "\\":
                self._escaped = True
            elif char == '"':
                self._in_string = False
            return None
        if char == '"':
            self._in_string = True
        elif char in "{[":
            self._depth += 1
            if self._depth == 1 and char == "{":
                self._member_start = index + 1
        elif char in "}]":
            self._depth -= 1
            if self._depth == 0:
                self._closed = True
                return index
        elif char == "," and self._depth == 1:
            return index
        return None

    def _parse(self, end: int) -> list[tuple[str, Any]]:
        start, self._member_start = self._member_start, end + 1
        if start is None:
            return []
        member = self._text[start:end].strip()
        if not member:
            return []
        try:
            value = json.loads("{" + member + "}", strict=False)
        except ValueError:
            return []
        return list(value.items()) if isinstance(value, dict) else []
