"""Chromium on the XSS fixtures: a stored `javascript:` source address and markup in the text run no
script; the page's policy forbids inline script. Skips when chromium or chromedriver is absent."""

from __future__ import annotations

import pytest

from newsmine.analyze.pipeline import analyze
from newsmine.model import Article, Block
from newsmine.store import open_store
from newsmine.store.write import put_doc

from .test_browser import browser, serving  # noqa: F401  (the Chromium fixture)

HOSTILE = Article(
    title='港口<img src=x onerror="window.__xss=1">新航线', url="javascript:window.__xss=2",
    blocks=[Block("paragraph", '交通局周二说：“航线<script>window.__xss=3</script>下月开通。”'),
            Block("paragraph", '居民<a href="javascript:window.__xss=4">点这里</a>表示欢迎。')])


@pytest.fixture
def hostile_server(tmp_path):
    db = str(tmp_path / "xss.sqlite")
    doc = analyze(HOSTILE).to_dict()  # stored as an older archive may hold it, past today's reader
    with open_store(db) as store:
        put_doc(store, doc, pipeline="test")
    with serving(db) as url:
        yield url


def test_no_script_runs_from_stored_addresses_or_text(hostile_server, browser):  # noqa: F811
    from selenium.webdriver.common.by import By

    browser.get(hostile_server + "/articles/1")
    assert "<img src=x" in browser.find_element(By.TAG_NAME, "h1").text
    hrefs = [a.get_attribute("href") or "" for a in browser.find_elements(By.TAG_NAME, "a")]
    assert hrefs and not any(h.lower().startswith("javascript") for h in hrefs)
    for link in browser.find_elements(By.CSS_SELECTOR, ".text a"):
        link.click()
        browser.back()
    assert browser.execute_script("return window.__xss === undefined")
    browser.get(hostile_server + "/?q=" + "%3Cscript%3Ewindow.__xss%3D5%3C%2Fscript%3E")
    assert browser.execute_script("return window.__xss === undefined")
    browser.execute_script("var s = document.createElement('script'); s.textContent = 'window.__xss = 6';"
                           "document.body.appendChild(s);")
    assert browser.execute_script("return window.__xss === undefined")  # the policy refuses inline script
