"""The analysis pipeline: registered components run in a checked order, each `component(doc) -> None`.

Components are registered with the layers they `assigns` and `requires` (after spaCy); a pipeline
is validated before it runs, so a component never meets a layer that is not there yet.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from newsmine.analyze.text import canonical_text, split_sentences
from newsmine.errors import PipelineError
from newsmine.model import Article, Doc

Component = Callable[[Doc], None]
BASE_LAYERS = frozenset({"text", "parts"})


@dataclass(frozen=True)
class Registered:
    name: str
    func: Component
    assigns: tuple[str, ...]
    requires: tuple[str, ...]


REGISTRY: dict[str, Registered] = {}


def component(name: str, *, assigns: Sequence[str], requires: Sequence[str] = ()) -> Callable[[Component], Component]:
    """Register `func` as pipeline component `name`."""

    def register(func: Component) -> Component:
        if name in REGISTRY:
            raise PipelineError(name, "is registered twice")
        REGISTRY[name] = Registered(name, func, tuple(assigns), tuple(requires))
        return func

    return register


class Pipeline:
    """An ordered, validated list of registered components."""

    def __init__(self, names: Sequence[str], *, present: Sequence[str] = ()) -> None:
        """`present` names layers the Docs already carry (to run the rest of a pipeline)."""
        available = set(BASE_LAYERS) | set(present)
        self.components: list[Registered] = []
        for name in names:
            if name not in REGISTRY:
                raise PipelineError(name, f"is not registered (known: {', '.join(sorted(REGISTRY))})")
            if any(c.name == name for c in self.components):
                raise PipelineError(name, "appears twice in the pipeline")
            comp = REGISTRY[name]
            missing = [layer for layer in comp.requires if layer not in available]
            if missing:
                raise PipelineError(name, f"requires {', '.join(missing)}, which no earlier component assigns")
            available.update(comp.assigns)
            self.components.append(comp)

    @property
    def names(self) -> list[str]:
        return [c.name for c in self.components]

    def __call__(self, doc: Doc) -> Doc:
        for comp in self.components:
            try:
                result = comp.func(doc)
            except PipelineError:
                raise
            except Exception as exc:
                raise PipelineError(comp.name, f"failed: {type(exc).__name__}: {exc}") from exc
            if result is not None:
                raise PipelineError(comp.name, "returned a value; components change the Doc and return None")
        return doc


@component("sentences", assigns=["sentences"])
def sentences(doc: Doc) -> None:
    """Split every part of the text into sentences."""
    doc.sentences = [s for part in doc.parts for s in split_sentences(doc.text, part.span)]


# The order the components require: names first, since quotes and events read `mentions` and `entities`.
DEFAULT_PIPELINE = ("sentences", "glosses", "entities", "roles", "affiliation-ranker", "quotes", "times", "events", "topics")


def make_doc(article: Article, *, source: str | None = None, anchor: str | None = None) -> Doc:
    """A Doc with the canonical text and parts, before any component runs.

    The anchor date for relative times is `anchor` if given, else the article's publication date.
    """
    text, parts = canonical_text(article)
    return Doc(article=article, text=text, parts=parts, source=source, anchor=anchor or article.published)


def analyze(article: Article, *, source: str | None = None, anchor: str | None = None,
            pipeline: Pipeline | None = None) -> Doc:
    """Run the (default) pipeline over an Article."""
    return (pipeline or Pipeline(DEFAULT_PIPELINE))(make_doc(article, source=source, anchor=anchor))


# Component modules register themselves on import; kept last because they import `component` from here.
from newsmine.analyze import affiliation_ranker, entities, events, glosses, quotes, roles, times, topics  # noqa: E402,F401
