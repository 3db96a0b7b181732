"""The HTML report in a real browser (Debian's Chromium, headless): no console messages at all."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from newsmine.analyze.pipeline import analyze
from newsmine.model import Article, Block
from newsmine.render.html import render_html

from .test_render import doc_with_names

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--enable-logging=stderr", "--v=0"]


def load(page: Path, profile: Path) -> tuple[str, list[str]]:
    """The DOM Chromium built from `page`, and the console lines it logged."""
    run = subprocess.run([CHROMIUM, *FLAGS, f"--user-data-dir={profile}", "--dump-dom", page.as_uri()],
                         capture_output=True, text=True, timeout=120, check=False)
    return run.stdout, [line for line in run.stderr.splitlines() if ":CONSOLE" in line]


def test_a_page_with_a_script_logs_to_the_console(tmp_path):
    page = tmp_path / "control.html"
    page.write_text("<!DOCTYPE html><p>x</p><script>console.error('newsmine-control')</script>", encoding="utf-8")
    _, console = load(page, tmp_path / "profile")
    assert any("newsmine-control" in line for line in console)


def test_report_page_loads_without_console_messages(tmp_path):
    page = tmp_path / "report.html"
    page.write_text(render_html(doc_with_names().to_dict()), encoding="utf-8")
    dom, console = load(page, tmp_path / "profile")
    assert console == []
    assert 'title="詹姆斯·莫里森 (James Morrison) · PER"' in dom
    assert '<time class="time" datetime="2025-05-12"' in dom


def test_script_in_article_text_stays_text_in_the_browser(tmp_path):
    article = Article(title="测试", blocks=[Block(type="paragraph", text="<script>console.error('injected')</script>")])
    page = tmp_path / "hostile.html"
    page.write_text(render_html(analyze(article).to_dict()), encoding="utf-8")
    dom, console = load(page, tmp_path / "profile")
    assert console == []
    assert "&lt;script&gt;console.error('injected')&lt;/script&gt;" in dom
