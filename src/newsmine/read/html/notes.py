"""Figures completed from what the page declares about its images (JSON-LD or microdata
`ImageObject`: caption, creditText, copyrightHolder, author), matched by file name: the only
caption or credit of an image whose box shows none."""

from __future__ import annotations

from collections.abc import Mapping

from newsmine.model import Figure
from newsmine.read.html.cover import rendition_stem
from newsmine.read.html.credits import split_caption
from newsmine.read.html.figures import file_key
from newsmine.read.html.metadata import ImageNote

_MIN_STEM = 8  # shorter size-free names (`1`, `image`) say nothing about which picture it is


def fill_from_notes(figures: list[Figure], notes: Mapping[str, ImageNote]) -> None:
    """Give each figure missing a caption or a credit the declared one for the same picture."""
    if not notes:
        return
    by_stem = {stem: n for k, n in notes.items() if len(stem := rendition_stem(k)) >= _MIN_STEM}
    for figure in figures:
        key = file_key(figure.src)
        note = notes.get(key) or by_stem.get(rendition_stem(key) or "-")
        if note is None:
            continue
        if figure.caption is None and note.caption and note.caption != figure.credit:
            caption, credit = split_caption(note.caption)
            figure.caption = caption
            figure.credit = figure.credit or credit
        if figure.credit is None and note.credit:
            figure.credit = note.credit
