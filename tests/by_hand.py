"""Build the names layers by hand, so that layers which read them can be tested on their own."""

from __future__ import annotations

from newsmine.model import Doc, Entity, Mention, Span


def add_entities(doc: Doc, names: dict[str, tuple[str, list[str]]]) -> dict[str, str]:
    """Add one entity per key (`name: (type, [aliases])`) with a mention at every occurrence.

    Longer names win where names overlap. Returns the entity id of each name.
    """
    forms = sorted(((form, name) for name, (_, aliases) in names.items() for form in [name, *aliases]),
                   key=lambda fn: -len(fn[0]))
    ids = {name: f"E{i}" for i, name in enumerate(names, 1)}
    taken: list[Span] = []
    for form, name in forms:
        start = doc.text.find(form)
        while start != -1:
            span = Span(start, start + len(form))
            if not any(s.start < span.end and span.start < s.end for s in taken):
                taken.append(span)
                doc.mentions.append(Mention(span=span, text=form, type=names[name][0], entity=ids[name]))  # type: ignore[arg-type]
            start = doc.text.find(form, start + 1)
    doc.mentions.sort(key=lambda m: m.span.start)
    for name, (etype, aliases) in names.items():
        spans = [m.span for m in doc.mentions if m.entity == ids[name]]
        doc.entities.append(Entity(id=ids[name], type=etype, name=name, aliases=aliases, mentions=spans))  # type: ignore[arg-type]
    return ids
