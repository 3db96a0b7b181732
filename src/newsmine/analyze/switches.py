"""Named optional parts of the analysis that a benchmark may leave out to measure what each adds
(`bench/analysis.py --skip-step`): the steps of the candidate-mentions layer, the event rankers."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager

from newsmine.errors import PipelineError


class Switches:
    """The names switched off among one kind of part (`kind` with its article, for errors); `known` lists the names that exist."""

    def __init__(self, kind: str, known: Callable[[], Iterable[str]]) -> None:
        self.kind, self.known = kind, known
        self.off: set[str] = set()

    def disable(self, *names: str) -> None:
        """Leave the parts `names` out of every later run; an unknown name is an error."""
        known = list(self.known())
        unknown = [n for n in names if n not in known]
        if unknown:
            raise PipelineError(unknown[0], f"is not {self.kind} (known: {', '.join(known)})")
        self.off.update(names)

    @contextmanager
    def disabled(self, *names: str) -> Iterator[None]:
        """Run without the parts `names` inside the block."""
        before = set(self.off)
        self.disable(*names)
        try:
            yield
        finally:
            self.off = before

    def on(self, name: str) -> bool:
        """Whether part `name` runs."""
        return name not in self.off
