"""The FastAPI application: JSON endpoints under /api (their reference at /docs) and the HTML pages.

Both call `newsmine.store.queries`; every page links its JSON twin. Templates autoescape, so
article text and names are always escaped.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path as FilePath
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import Depends, FastAPI, HTTPException, Path, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse, PlainTextResponse, RedirectResponse

from newsmine import __version__
from newsmine.errors import BadQuery
from newsmine.render.quotes import speaker_shown
from newsmine.store import queries
from newsmine.store.db import QueryTooSlow, Store, default_db, open_store
from newsmine.render.html import doc_view, environment
from newsmine.urls import safe_url
from newsmine.web.guard import Guard

TEMPLATES = FilePath(__file__).parent / "templates"
TIME_LIMIT = 5.0  # seconds a single query of a web request may run
Limit = Annotated[int, Query(ge=1, le=queries.MAX_LIMIT, description="At most this many results.")]
Offset = Annotated[int, Query(ge=0, le=queries.MAX_ID, description="Skip this many results.")]
Id = Annotated[int, Path(ge=1, le=queries.MAX_ID)]
_TEXT = {"max_length": queries.MAX_QUERY, "pattern": r"^[^\x00]*$"}
Words = Annotated[str, Query(**_TEXT, description=f"At most {queries.MAX_QUERY} characters.")]
Text = Annotated[str | None, Query(**_TEXT, description=f"At most {queries.MAX_QUERY} characters.")]
Confidence = Annotated[float | None, Query(ge=0, le=1, description="Only quotes attributed with at least this confidence.")]
Day = Annotated[str | None, Query(pattern=r"^(\d{4}-\d{2}-\d{2})?$", description="YYYY-MM-DD (empty: any)")]


def open_request_store(request: Request) -> Iterator[Store]:
    """One connection per request to the app's archive, closed afterwards."""
    store = Store(request.app.state.db)
    store.limit_time(request.app.state.time_limit)
    try:
        yield store
    finally:
        store.close()


S = Annotated[Store, Depends(open_request_store)]


def create_app(db: str | None = None, *, time_limit: float = TIME_LIMIT) -> FastAPI:
    """The app over archive `db` (path or postgresql:// URL; default as for the CLI); each query
    of a request may run `time_limit` seconds at most, else the answer is 503."""
    url = db or default_db()
    open_store(url).close()  # create or upgrade the schema once, before serving
    app = FastAPI(title="newsmine archive", version=__version__, docs_url=None, redoc_url=None,
                  description="Search, people, quotes, events and the name lexicon of a newsmine archive.")
    app.add_middleware(Guard)
    app.state.db = url
    app.state.time_limit = time_limit

    @app.exception_handler(BadQuery)
    def bad_query(request: Request, exc: BadQuery) -> JSONResponse:
        return JSONResponse({"detail": str(exc)}, status_code=422)

    @app.exception_handler(QueryTooSlow)
    def too_slow(request: Request, exc: QueryTooSlow) -> JSONResponse:
        return JSONResponse({"detail": f"{exc}; narrow the query"}, status_code=503)

    try:
        import psycopg

        @app.exception_handler(psycopg.errors.QueryCanceled)
        def canceled(request: Request, exc: Exception) -> JSONResponse:
            return JSONResponse({"detail": "the query ran past its time limit; narrow the query"}, status_code=503)
    except ImportError:  # pragma: no cover - psycopg is a dependency
        pass
    env = environment(TEMPLATES).overlay(finalize=lambda value: "—" if value is None else value)
    env.globals["qs"] = _qs
    env.filters["safe_url"] = safe_url
    env.globals["speaker_shown"] = speaker_shown

    def page(request: Request, template: str, api: str, **context: Any) -> HTMLResponse:
        html = env.get_template(template).render(request=request, api=api, **context)
        return HTMLResponse(html, headers={"Link": f'<{api}>; rel="alternate"; type="application/json"'})

    # --- JSON API ------------------------------------------------------------------------

    @app.get("/api/search", tags=["api"], summary="Full-text search over articles")
    def api_search(s: S, q: Words = "", since: Day = None, until: Day = None, outlet: Text = None,
                   person: Text = None, section: Text = None, substring: bool = False,
                   limit: Limit = 20, offset: Offset = 0) -> dict[str, Any]:
        return queries.search(s, q, since=since, until=until, outlet=outlet, person=person, section=section,
                              substring=substring, limit=limit, offset=offset)

    @app.get("/api/people", tags=["api"], summary="People known by a name in any script")
    def api_people(s: S, name: Words) -> list[dict[str, Any]]:
        return queries.find_people(s, name)

    @app.get("/api/people/{person_id}", tags=["api"], summary="One person with renderings, roles, quotes")
    def api_person(s: S, person_id: Id) -> dict[str, Any]:
        return _found(queries.person(s, person_id), f"no person {person_id}")

    @app.get("/api/quotes", tags=["api"], summary="Quotes by speaker, topic and date")
    def api_quotes(s: S, speaker: Text = None, about: Text = None, since: Day = None,
                   until: Day = None, min_confidence: Confidence = None, limit: Limit = 20,
                   offset: Offset = 0) -> dict[str, Any]:
        return queries.quotes(s, speaker=speaker, about=about, since=since, until=until,
                              min_confidence=min_confidence, limit=limit, offset=offset)

    @app.get("/api/events", tags=["api"], summary="Events as a timeline")
    def api_events(s: S, participant: Text = None, since: Day = None, until: Day = None,
                   type: Text = None, limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
        return queries.events(s, participant=participant, since=since, until=until, type=type, limit=limit,
                              offset=offset)

    @app.get("/api/lexicon", tags=["api"], summary="The bilingual name table (JSON, or CSV with format=csv)",
             response_model=None)
    def api_lexicon(s: S, type: Text = None, q: Text = None, phonetic: bool = False,
                    format: Annotated[str, Query(pattern="^(json|csv)$")] = "json") -> Any:
        rows = queries.lexicon(s, type=type, q=q, phonetic=phonetic)
        if format == "csv":
            return PlainTextResponse(queries.lexicon_csv(rows), media_type="text/csv; charset=utf-8",
                                     headers={"Content-Disposition": 'attachment; filename="lexicon.csv"'})
        return rows

    @app.get("/api/articles/{article_id}", tags=["api"], summary="One stored article and its newsmine/1 document")
    def api_article(s: S, article_id: Id) -> dict[str, Any]:
        return _found(queries.article(s, article_id), f"no article {article_id}")

    @app.get("/api/counts", tags=["api"], summary="Rows in each table")
    def api_counts(s: S) -> dict[str, int]:
        return queries.counts(s)

    # --- pages ---------------------------------------------------------------------------

    @app.get("/docs", response_class=HTMLResponse, include_in_schema=False)
    def api_docs(request: Request) -> HTMLResponse:
        """The API reference from the OpenAPI schema, server-rendered: it needs nothing from outside."""
        return page(request, "docs.html", "/openapi.json", schema=app.openapi())

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def search_page(request: Request, s: S, q: Words = "", since: Day = None, until: Day = None,
                    outlet: Text = None, person: Text = None, section: Text = None,
                    offset: Offset = 0) -> HTMLResponse:
        args = {"q": q, "since": since, "until": until, "outlet": outlet, "person": person, "section": section}
        result = queries.search(s, q, since=since, until=until, outlet=outlet, person=person, section=section,
                                offset=offset)
        people = queries.find_people(s, q, limit=5) if q.strip() else []
        return page(request, "search.html", "/api/search?" + _qs(args, offset=offset), result=result,
                    args=args, people=people, counts=queries.counts(s))

    @app.get("/person", include_in_schema=False, response_model=None)
    def person_lookup(request: Request, s: S, name: Words = "") -> Any:
        found = queries.find_people(s, name) if name.strip() else []
        if len(found) == 1:
            return RedirectResponse(f"/people/{found[0]['id']}", status_code=303)
        return page(request, "people.html", "/api/people?" + _qs({"name": name}), name=name, people=found)

    @app.get("/people/{person_id}", response_class=HTMLResponse, include_in_schema=False)
    def person_page(request: Request, s: S, person_id: Id) -> HTMLResponse:
        person = _found(queries.person(s, person_id), f"no person {person_id}")
        return page(request, "person.html", f"/api/people/{person_id}", person=person)

    @app.get("/articles/{article_id}", response_class=HTMLResponse, include_in_schema=False)
    def article_page(request: Request, s: S, article_id: Id) -> HTMLResponse:
        row = _found(queries.article(s, article_id), f"no article {article_id}")
        links = {entity: f"/people/{person}" for entity, person in row["people"].items()}
        return page(request, "article.html", f"/api/articles/{article_id}", row=row, doc=row["doc"],
                    view=doc_view(row["doc"], links))

    @app.get("/quotes", response_class=HTMLResponse, include_in_schema=False)
    def quotes_page(request: Request, s: S, speaker: Text = None, about: Text = None,
                    since: Day = None, until: Day = None, min_confidence: Confidence = None,
                    offset: Offset = 0) -> HTMLResponse:
        args = {"speaker": speaker, "about": about, "since": since, "until": until, "min_confidence": min_confidence}
        result = queries.quotes(s, speaker=speaker, about=about, since=since, until=until,
                                min_confidence=min_confidence, offset=offset)
        return page(request, "quotes.html", "/api/quotes?" + _qs(args, offset=offset), result=result, args=args)

    @app.get("/events", response_class=HTMLResponse, include_in_schema=False)
    def events_page(request: Request, s: S, participant: Text = None, since: Day = None,
                    until: Day = None, type: Text = None, offset: Offset = 0) -> HTMLResponse:
        args = {"participant": participant, "since": since, "until": until, "type": type}
        result = queries.events(s, participant=participant, since=since, until=until, type=type, offset=offset)
        return page(request, "events.html", "/api/events?" + _qs(args, offset=offset), result=result, args=args)

    @app.get("/lexicon", response_class=HTMLResponse, include_in_schema=False)
    def lexicon_page(request: Request, s: S, type: Text = None, q: Text = None, phonetic: bool = False) -> HTMLResponse:
        args = {"type": type, "q": q, "phonetic": phonetic}
        return page(request, "lexicon.html", "/api/lexicon?" + _qs(args),
                    rows=queries.lexicon(s, type=type, q=q, phonetic=phonetic), args=args)

    return app


def _found(value: Any, message: str) -> Any:
    if value is None:
        raise HTTPException(status_code=404, detail=message)
    return value


def _qs(args: dict[str, Any], **extra: Any) -> str:
    """A query string of the arguments that are set."""
    return urlencode({k: v for k, v in {**args, **extra}.items() if v not in (None, "", 0, False)})
