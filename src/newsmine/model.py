"""The document model: Article (structure only) and Doc (Article + stand-off annotation layers).

Every annotation points into `Doc.text` with half-open `[start, end)` offsets in Unicode code
points; the text of a span is always derived from `Doc.text`, never copied (as in spaCy).
`to_dict`/`from_dict` give the `newsmine/1` JSON contract documented in docs/schema.md.
"""

from __future__ import annotations

import base64
import dataclasses
import hashlib
import json
import types
import typing
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any, Literal

from newsmine.errors import SchemaError

SCHEMA_VERSION = "newsmine/1"

BlockType = Literal["paragraph", "heading", "quote", "list", "figure"]
EntityType = Literal["PER", "ORG", "LOC"]
QuoteKind = Literal["direct", "indirect", "mixed"]
Modality = Literal["asserted", "planned", "possible", "denied", "negated"]


@dataclass(frozen=True, order=True)
class Span:
    """Half-open `[start, end)` character offsets into `Doc.text`; serialised as `[start, end]`."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if not (0 <= self.start <= self.end):
            raise ValueError(f"invalid span [{self.start}, {self.end})")

    def __len__(self) -> int:
        return self.end - self.start


# --- Article: structure only ---------------------------------------------------------------


@dataclass
class Person:
    """A byline or contributor person as written: Chinese name, original spelling, role."""

    name: str
    original_name: str | None = None
    role: str | None = None


@dataclass
class Figure:
    """An image with its credit and caption; `alt` is the image's own text, kept apart."""

    src: str
    alt: str = ""
    caption: str | None = None
    credit: str | None = None


@dataclass
class Block:
    """One body block in reading order.

    `text` holds paragraph, heading and quote text (a multi-paragraph quote joins with newlines);
    `items` the entries of a list; `figure` the index into `Article.figures`; `level` a heading's.
    """

    type: BlockType
    text: str = ""
    items: list[str] = field(default_factory=list)
    figure: int | None = None
    level: int | None = None


@dataclass
class Article:
    """What a reader gives: the article's structure, no analysis."""

    title: str
    section: str | None = None
    authors: list[Person] = field(default_factory=list)
    contributors: list[Person] = field(default_factory=list)
    contributor_line: str | None = None
    published: str | None = None
    url: str | None = None
    language: str | None = None
    script: str | None = None
    lead: str | None = None
    blocks: list[Block] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)

    def paragraphs(self) -> list[str]:
        """The text of the body's paragraph blocks, in order."""
        return [b.text for b in self.blocks if b.type == "paragraph"]


@dataclass
class Page:
    """A page fetched from the web or taken from a web archive, held in memory: what `follow` and
    `ingest --warc` hand to the shared ingest path. Nothing here is analysis.

    `url` becomes the article's url; `fetched` is the fetch time (ISO 8601), kept in the archive;
    `charset` is the one the HTTP `Content-Type` declared (checked against the bytes, never trusted);
    `digest` names the body's bytes (`sha1:BASE32`, as WARC-Payload-Digest) for de-duplication;
    `format` is `auto` (decided by the bytes), `html`, `markdown` or `text`; `meta` holds anything
    else the fetcher knows (a feed's title, a sitemap's news: tags), stored as JSON; `source` names
    where the bytes were read from when that was not the web itself (a WARC file).
    """

    content: bytes
    url: str
    fetched: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)
    charset: str | None = None
    digest: str | None = None
    format: str = "auto"
    source: str | None = None


def payload_digest(body: bytes) -> str:
    """A page body's name for de-duplication, spelt as WARC-Payload-Digest: `sha1:` and base32."""
    return "sha1:" + base64.b32encode(hashlib.sha1(body).digest()).decode()


# --- Annotation layers ----------------------------------------------------------------------


@dataclass
class Part:
    """Where a piece of the Article sits in `Doc.text`: title, byline, lead, block N, contributors."""

    part: Literal["title", "byline", "lead", "block", "contributors"]
    span: Span
    block: int | None = None


@dataclass
class Sentence:
    span: Span


@dataclass
class Gloss:
    """`term（gloss）`: a Chinese term with its original spelling in parentheses. `transliterated`:
    the article marks the term as 音译; `phonetic`: the term renders the original by sound."""

    span: Span
    term_span: Span
    term: str
    gloss: str
    type: EntityType | None = None
    transliterated: bool = False
    phonetic: bool = False


@dataclass
class Mention:
    span: Span
    text: str
    type: EntityType
    entity: str | None = None
    source: str | None = None


@dataclass
class Role:
    text: str
    span: Span


@dataclass
class Entity:
    id: str
    type: EntityType
    name: str
    original_name: str | None = None
    transliterated: bool = False
    aliases: list[str] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    affiliations: list[str] = field(default_factory=list)
    mentions: list[Span] = field(default_factory=list)


@dataclass
class Time:
    """A temporal expression; `value` is ISO 8601, partial (`--09-13`) when no anchor is known."""

    span: Span
    text: str
    value: str | None
    partial: bool = False
    range: list[str] | None = None


@dataclass
class Quote:
    span: Span
    text: str
    kind: QuoteKind
    speaker: str | None = None
    speaker_text: str | None = None
    speaker_span: Span | None = None
    addressee: str | None = None
    addressee_text: str | None = None
    addressee_span: Span | None = None
    cue: str | None = None
    cue_span: Span | None = None
    confidence: float | None = None  # 0–1: how far the speaker can be trusted (`analyze/sieves.py`)
    sieve: str | None = None  # the sieve that linked the statement to its speaker mention
    resolved_by: str | None = None  # the sieve that linked the mention to `speaker` (or `unresolved`)


@dataclass
class Argument:
    """A type-specific argument of an event (`amount`, `casualties`, `court`, `term` …) and its text."""

    role: str
    text: str
    span: Span


@dataclass
class Event:
    type: str
    trigger: Span
    span: Span
    plover: str | None = None
    participants: list[str] = field(default_factory=list)
    place: str | None = None
    time: int | None = None
    modality: Modality = "asserted"
    arguments: list[Argument] = field(default_factory=list)
    also: list[Span] = field(default_factory=list)


@dataclass
class Topic:
    label: str
    evidence: list[Span] = field(default_factory=list)
    event: int | None = None


LAYERS: dict[str, type] = {
    "parts": Part,
    "sentences": Sentence,
    "glosses": Gloss,
    "mentions": Mention,
    "entities": Entity,
    "times": Time,
    "quotes": Quote,
    "events": Event,
    "topics": Topic,
}


@dataclass
class Doc:
    """An Article, its canonical text, and the annotation layers that point into that text."""

    article: Article
    text: str
    source: str | None = None
    anchor: str | None = None
    parts: list[Part] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    glosses: list[Gloss] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    times: list[Time] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    topics: list[Topic] = field(default_factory=list)

    def span_text(self, span: Span) -> str:
        return self.text[span.start : span.end]

    def check_spans(self) -> None:
        """Raise SchemaError if any span in any layer falls outside `text`."""
        n = len(self.text)
        for layer in LAYERS:
            for i, item in enumerate(getattr(self, layer)):
                for span in _spans_in(item):
                    if span.end > n:
                        raise SchemaError(
                            f"{layer}[{i}]: span [{span.start}, {span.end}) "
                            f"runs past the end of the text ({n} characters)"
                        )

    def to_dict(self) -> dict[str, Any]:
        """The `newsmine/1` JSON contract as plain Python data."""
        out: dict[str, Any] = {"schema": SCHEMA_VERSION}
        out.update(_dump(self))
        return out

    def to_json(self, *, indent: int | None = None) -> str:
        """The `newsmine/1` JSON text: one line, or indented by `indent` spaces; characters kept as they are."""
        separators = (",", ":") if indent is None else (",", ": ")
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent, separators=separators)

    @classmethod
    def from_dict(cls, data: dict[str, Any], *, validate: bool = True) -> Doc:
        """Rebuild a Doc from `to_dict` output; with `validate`, check the JSON Schema and spans."""
        if validate:
            validate_dict(data)
        body = {k: v for k, v in data.items() if k != "schema"}
        doc = _load(cls, body)
        if validate:
            doc.check_spans()
        return doc


def article_to_dict(article: Article) -> dict[str, Any]:
    return _dump(article)


def article_from_dict(data: dict[str, Any]) -> Article:
    return _load(Article, data)


@cache
def json_schema() -> dict[str, Any]:
    """The JSON Schema of `newsmine/1`, shipped inside the package."""
    text = resources.files("newsmine").joinpath("schema/newsmine-1.json").read_text("utf-8")
    return json.loads(text)


@cache
def _compiled_check() -> typing.Callable[[Any], Any]:
    """The schema compiled to Python by fastjsonschema: as draft 7 (its one `prefixItems` is a tuple's
    `items`), without `$id`, so every `$ref` resolves inside the schema and nothing is fetched."""
    import fastjsonschema

    schema = json.loads(json.dumps(json_schema()).replace('"prefixItems"', '"items"'))
    schema["$schema"] = "http://json-schema.org/draft-07/schema#"
    schema.pop("$id", None)
    return fastjsonschema.compile(schema)  # type: ignore[no-any-return]


def validate_dict(data: dict[str, Any]) -> None:
    """Raise SchemaError naming the first place where `data` breaks the `newsmine/1` schema.

    A valid document passes the compiled check (a real document in about a fiftieth of jsonschema's
    time); only one it rejects is walked by jsonschema, whose message names the best place.
    """
    import fastjsonschema
    import jsonschema

    if data.get("schema") != SCHEMA_VERSION:
        raise SchemaError(f"expected schema {SCHEMA_VERSION!r}, found {data.get('schema')!r}")
    try:
        _compiled_check()(data)
        return
    except fastjsonschema.JsonSchemaException:
        pass
    error = jsonschema.exceptions.best_match(
        jsonschema.Draft202012Validator(json_schema()).iter_errors(data)
    )
    if error is not None:
        where = "/".join(str(p) for p in error.absolute_path) or "(top)"
        raise SchemaError(f"at {where}: {error.message}")


# --- generic (de)serialisation of the dataclasses above --------------------------------------


def _spans_in(obj: Any) -> typing.Iterator[Span]:
    if isinstance(obj, Span):
        yield obj
    elif dataclasses.is_dataclass(obj):
        for f in dataclasses.fields(obj):
            yield from _spans_in(getattr(obj, f.name))
    elif isinstance(obj, list):
        for x in obj:
            yield from _spans_in(x)


def _dump(obj: Any) -> Any:
    if isinstance(obj, Span):
        return [obj.start, obj.end]
    if dataclasses.is_dataclass(obj):
        return {f.name: _dump(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, list):
        return [_dump(x) for x in obj]
    return obj


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


@cache
def _shape(tp: Any) -> tuple[str, Any]:
    """How `_load` rebuilds a value of type `tp` (worked out once per type: a document has thousands)."""
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        return _shape(next(a for a in typing.get_args(tp) if a is not type(None)))
    if origin is list:
        (item,) = typing.get_args(tp)
        return "list", item
    if tp is Span:
        return "span", None
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        hints = _hints(tp)
        return "class", (tp, {f.name: hints[f.name] for f in dataclasses.fields(tp)})
    return "value", None


def _load(tp: Any, value: Any) -> Any:
    if value is None:
        return None
    kind, arg = _shape(tp)
    if kind == "list":
        return [_load(arg, v) for v in value]
    if kind == "span":
        return Span(*value)
    if kind == "class":
        cls, fields = arg
        return cls(**{k: _load(fields[k], v) for k, v in value.items() if k in fields})
    return value
