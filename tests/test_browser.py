"""Debian's Chromium drives the pages: search for a person, open the person page, open an article,
check the highlighted quote, save a screenshot. Skips when chromium or chromedriver is absent."""

from __future__ import annotations

import shutil
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import pytest

from newsmine.store import open_store
from newsmine.store.write import IMPORTED, put_doc

from .archive_docs import make_doc

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--window-size=420,900"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def serving(db: str) -> Iterator[str]:
    """The app over archive DB, served by uvicorn on a free local port for the block; yields its URL."""
    import uvicorn

    from newsmine.web import create_app

    port = _free_port()
    srv = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not srv.started and time.monotonic() < deadline:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)


@pytest.fixture
def server(tmp_path):
    db = str(tmp_path / "browser.sqlite")
    with open_store(db) as store:
        put_doc(store, make_doc(1, pair=(0, 1), outlet=0, topic=0, day=date(2026, 3, 4)), pipeline=IMPORTED)
        put_doc(store, make_doc(2, pair=(3, 0), outlet=3, topic=1, day=date(2026, 4, 1), quote=1), pipeline=IMPORTED)
    with serving(db) as url:
        yield url


@pytest.fixture
def browser(tmp_path):
    if not (Path(CHROMIUM).exists() and Path(CHROMEDRIVER).exists()):
        pytest.skip("Debian's chromium and chromium-driver are not installed (.ci/run installs them)")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in [*FLAGS, f"--user-data-dir={tmp_path / 'profile'}"]:
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
    driver.implicitly_wait(5)
    yield driver
    driver.quit()


def test_search_a_person_open_their_page_and_an_article_with_the_quote_highlighted(server, browser, tmp_path):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    browser.get(server + "/")
    box = browser.find_element(By.ID, "q")
    box.send_keys("普丁", Keys.ENTER)
    person_link = browser.find_element(By.CSS_SELECTOR, "ul.people a")
    assert person_link.text in {"普京", "普丁"}
    person_link.click()
    assert "Vladimir Putin" in browser.find_element(By.TAG_NAME, "h1").text
    renderings = {td.text for td in browser.find_elements(By.CSS_SELECTOR, "td[lang=zh]")}
    assert renderings == {"普京", "普丁"}
    browser.find_element(By.XPATH, "//ul[contains(@class,'articles')]//a[contains(., '金正恩')]").click()
    quote = browser.find_element(By.CSS_SELECTOR, ".text .quote[data-quote='0']")
    assert quote.text == "“我们愿意在平等互利的基础上继续对话”"
    assert quote.get_attribute("title") == "direct quote · 普京"
    assert quote.value_of_css_property("background-color") not in ("rgba(0, 0, 0, 0)", "transparent")
    name = browser.find_element(By.CSS_SELECTOR, ".text a.ent-PER")
    assert "(Vladimir Putin)" in name.get_attribute("title")
    shot = tmp_path / "article.png"
    assert browser.save_screenshot(str(shot)) and shot.stat().st_size > 1000
    print(f"screenshot: {shot}")


def _fits(browser, width: int) -> tuple[int, int]:
    """(page width, viewport width) once the viewport is WIDTH CSS pixels wide."""
    browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                            {"width": width, "height": 900, "deviceScaleFactor": 1, "mobile": width < 600})
    browser.refresh()
    return browser.execute_script("return [document.documentElement.scrollWidth, window.innerWidth]")


@pytest.mark.parametrize("width", [390, 1280])
def test_pages_and_the_standalone_report_fit_the_screen_without_console_messages(server, browser, tmp_path, width):
    from newsmine.analyze.pipeline import analyze
    from newsmine.read import read_article
    from newsmine.render.html import render_html

    from .conftest import EXAMPLES

    report = tmp_path / "report.html"
    report.write_text(render_html(analyze(read_article(str(EXAMPLES[0]))).to_dict()), encoding="utf-8")
    pages = [report.as_uri()] + [server + p for p in ["/", "/?q=卫星", "/articles/1", "/people/1", "/quotes",
                                                       "/events", "/lexicon", "/docs"]]
    for url in pages:
        browser.get(url)
        scroll, viewport = _fits(browser, width)
        assert scroll <= viewport, f"{url} is {scroll} px wide on a {viewport} px screen"
        assert browser.get_log("browser") == [], url
