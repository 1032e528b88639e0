"""The HTML view: offline, escaped, drawn in a real headless Chromium."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from kg.analyse import measures, project
from kg.build import build
from kg.render import render, script_json
from kg.store.embedded import Store

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync"]
PAYLOAD = '<img src=x onerror="window.__pwned=1;alert(1)">'
BREAKOUT = '</script><script>window.__pwned=2;alert(2)</script>'
HOSTILE = (f"Judul <script>window.__pwned=3</script> Korea\n"
           f"Korea Selatan dan Vietnam sepakat memperkuat kerja sama pertahanan {PAYLOAD} dan {BREAKOUT} perdagangan.\n"
           f"Presiden Korea Selatan Yoon Suk Yeol dan Presiden Vietnam Vo Van Thuong bertemu di Hanoi, Jumat (23/6/2023).\n")


def needs_chromium():
    if CHROMIUM is None:
        if os.environ.get("CI"):
            pytest.fail("chromium is not installed: .ci/run must install Debian's chromium")
        pytest.skip("chromium not installed (CI installs it)")


@pytest.fixture(scope="module")
def hostile_page(tmp_path_factory) -> tuple[Path, bytes]:
    tmp = tmp_path_factory.mktemp("hostile")
    (tmp / "in").mkdir()
    (tmp / "in" / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    store = Store(None)
    build([tmp / "in"], store, jobs=1)
    net = project(store)
    html = render(store, net, measures(net))
    page = tmp / "graph.html"
    page.write_bytes(html)
    return page, html


def test_script_json_cannot_close_a_script_tag():
    text = script_json({"q": "</script><script>alert(1)</script> & <!--"})
    assert "<" not in text and ">" not in text and "&" not in text


def test_page_is_self_contained(built_seeds):
    html = (built_seeds[1] / "graph.html").read_text(encoding="utf-8")
    assert "vis.Network" in html and "<script src" not in html and "<link" not in html
    assert "default-src 'none'" in html  # the page may not load anything from anywhere


def test_article_text_never_lands_as_markup(hostile_page):
    _, html = hostile_page
    text = html.decode("utf-8")
    assert PAYLOAD not in text and "<script>window.__pwned" not in text
    assert "\\u003cimg src=x onerror=" in text  # it is there, as escaped data


@pytest.mark.browser
def test_hostile_text_does_not_run_in_a_real_browser(hostile_page, tmp_path):
    needs_chromium()
    from playwright.sync_api import sync_playwright

    page_path, _ = hostile_page
    requests, dialogs = [], []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        page = browser.new_page(viewport={"width": 1200, "height": 800})
        page.on("request", lambda r: requests.append(r.url))
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        page.goto(page_path.as_uri())
        page.wait_for_function("window.kgGraph !== undefined", timeout=15000)
        page.wait_for_timeout(1500)
        edge = page.evaluate("""() => {
            const net = window.kgGraph.network, id = net.body.data.edges.getIds()[0];
            const e = net.body.edges[id], p = net.canvasToDOM({x: (e.from.x + e.to.x) / 2, y: (e.from.y + e.to.y) / 2});
            return {id: id, x: p.x, y: p.y};
        }""")
        page.mouse.move(edge["x"], edge["y"])
        page.wait_for_timeout(500)
        details = page.inner_text("#details")
        injected = page.evaluate("document.querySelectorAll('img, aside script, [onerror], #details iframe').length")
        pwned = page.evaluate("window.__pwned")
        title = page.title()
        browser.close()
    assert pwned is None and not dialogs and injected == 0
    assert "onerror" in details, "the hovered edge's evidence shows the hostile text, as text"
    assert all(u.startswith("file://") for u in requests), requests
    assert "pwned" not in title


@pytest.mark.browser
def test_seeds_graph_is_drawn_with_every_node(built_seeds, tmp_path):
    needs_chromium()
    from playwright.sync_api import sync_playwright

    store, exports = built_seeds
    expected = project(store).number_of_nodes()
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        page.goto((exports / "graph.html").as_uri())
        page.wait_for_function("window.kgGraph !== undefined", timeout=15000)
        page.wait_for_timeout(2500)
        count = page.evaluate("window.kgGraph.nodeCount")
        painted = page.evaluate("""() => {
            const c = document.querySelector('#graph canvas'), ctx = c.getContext('2d');
            const d = ctx.getImageData(0, 0, c.width, c.height).data;
            let n = 0; for (let i = 3; i < d.length; i += 4) if (d[i] > 0) n++;
            return n;
        }""")
        shot = tmp_path / "graph.png"
        page.screenshot(path=str(shot))
        browser.close()
    assert count == expected
    assert painted > 5000, "the canvas has the network painted on it"
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 20000


# The analyst's interactions, each in a real Chromium: search, pin a tie, pin an actor, the year range,
# the language of names, the legend.

@pytest.fixture(scope="module")
def graph_page(built_seeds):
    """A function opening the seeds' graph page in a fresh tab of one headless Chromium."""
    needs_chromium()
    from playwright.sync_api import sync_playwright

    _, exports = built_seeds
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        errors: list[str] = []

        def open_page():
            page = browser.new_page(viewport={"width": 1400, "height": 900})
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.goto((exports / "graph.html").as_uri())
            page.wait_for_function("window.kgGraph !== undefined", timeout=15000)
            page.wait_for_timeout(1500)
            return page

        yield open_page
        browser.close()
    assert not errors, errors


def _click_tie(page, a: str, b: str) -> None:
    point = page.evaluate("""([a, b]) => {
        const net = window.kgGraph.network, pos = net.getPositions([a, b]);
        return net.canvasToDOM({x: (pos[a].x + pos[b].x) / 2, y: (pos[a].y + pos[b].y) / 2});
    }""", [a, b])
    page.mouse.click(point["x"], point["y"])
    page.wait_for_timeout(300)


@pytest.mark.browser
def test_search_finds_an_actor_by_either_name_and_pins_it(graph_page):
    page = graph_page()
    page.fill("#search", "italia")
    page.press("#search", "Enter")
    assert page.get_attribute("#details", "data-pinned") == "node:IT"
    assert page.evaluate("window.kgGraph.network.getSelectedNodes()") == ["IT"]
    assert "Mitra / partners" in page.inner_text("#details") or "MITRA / PARTNERS" in page.inner_text("#details")
    page.fill("#search", "Japan")  # the English name finds it too
    page.press("#search", "Enter")
    assert page.get_attribute("#details", "data-pinned") == "node:JP"
    page.fill("#search", "Atlantis")
    page.press("#search", "Enter")
    assert "Atlantis" in page.inner_text("#search-note")
    page.close()


@pytest.mark.browser
def test_clicking_a_tie_pins_its_kinds_weight_agreements_and_sources(graph_page):
    page = graph_page()
    _click_tie(page, "IT", "KR")
    assert page.get_attribute("#details", "data-pinned") == "edge:IT--KR"
    details = page.inner_text("#details")
    assert "pertemuan / meeting" in details and "perjanjian / agreement" in details
    assert "1 artikel × 1" in details  # the weight, explained in words
    agreements = page.locator("#details li").all_inner_texts()
    assert any("mou" in a and "Korea Selatan dan Italia" in a for a in agreements), agreements
    page.mouse.move(5, 5)  # hovering elsewhere does not replace a pinned tie
    page.wait_for_timeout(200)
    assert page.get_attribute("#details", "data-pinned") == "edge:IT--KR"
    page.close()


@pytest.mark.browser
def test_clicking_an_actor_lists_its_partners_and_a_partner_pins_that_tie(graph_page):
    page = graph_page()
    point = page.evaluate("window.kgGraph.position('KR')")
    page.mouse.click(point["x"], point["y"])
    page.wait_for_timeout(300)
    assert page.get_attribute("#details", "data-pinned") == "node:KR"
    partners = page.locator("#details a.partner").all_inner_texts()
    assert partners and "Italia" in partners
    page.click("#details a.partner >> text=Italia")
    assert page.get_attribute("#details", "data-pinned") == "edge:IT--KR"
    page.mouse.click(3, 890)  # empty canvas: nothing pinned
    page.wait_for_timeout(300)
    assert page.get_attribute("#details", "data-pinned") is None
    page.close()


@pytest.mark.browser
def test_the_year_range_changes_the_ties_shown_and_dims_the_rest(graph_page):
    page = graph_page()
    total = page.evaluate("window.kgGraph.edgeCount")
    assert page.evaluate("window.kgGraph.shownTies") == total
    page.evaluate("""() => { const i = document.getElementById('year-from'); i.value = i.max;
                             i.dispatchEvent(new Event('input')); }""")
    shown = page.evaluate("window.kgGraph.shownTies")
    assert 0 < shown < total
    assert f"{shown} dari {total} hubungan" in page.inner_text("#tie-count")
    dimmed = page.evaluate("window.kgGraph.network.body.data.nodes.get().filter(n => n.color === '#d9dde2').length")
    assert dimmed > 0
    page.close()


@pytest.mark.browser
def test_node_labels_are_names_in_the_chosen_language_never_bare_codes(graph_page):
    page = graph_page()
    labels = {n["id"]: n["label"] for n in page.evaluate("window.kgGraph.labels()")}
    english = page.evaluate("Object.fromEntries(DATA.nodes.map(n => [n.id, n.label_en]))")
    assert labels["KR"] == "Korea Selatan" and labels["IT"] == "Italia"
    assert all(label != code or english[code] == code for code, label in labels.items())  # only a company named by its code
    page.click("#lang-en")
    labels = {n["id"]: n["label"] for n in page.evaluate("window.kgGraph.labels()")}
    assert labels["KR"] == "South Korea" and labels["IT"] == "Italy"
    legend = page.inner_text("#legend")
    assert "negara / country" in legend and "PageRank" in legend and "per agreement or meeting" in legend
    page.close()


def test_a_tie_s_agreement_told_with_no_place_has_none_and_a_meeting_keeps_its_own(tmp_path):
    """The place of an event is its own or none: not some label of the store (an unbound place once matched every
    label, and agreements showed the first of them)."""
    from kg.render import select_view, tie_details

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(
        "Korsel dan Vietnam Teken MoU\nJumat, 23 Jun 2023 10:00 WIB\n"
        "Korea Selatan dan Vietnam menandatangani nota kesepahaman kerja sama energi pada Kamis (22/6/2023). Presiden "
        "Korea Selatan Yoon Suk Yeol dan Presiden Vietnam Vo Van Thuong bertemu di Hanoi pada Jumat (23/6/2023).\n",
        encoding="utf-8")
    store = Store(None)
    build([tmp_path / "in"], store, jobs=1)
    net = project(store)
    view, _ = select_view(net, measures(net))
    details, _ = tie_details(store, view)
    tie = details[("KR", "VN")]
    assert [m["place"] for m in tie["meetings"]] == ["Hanoi"]
    assert tie["agreements"] and all(not a["place"] for a in tie["agreements"])
