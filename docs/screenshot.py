"""Regenerate docs/graph.png, the README's picture of the graph page: the seeds' exports/graph.html in a
headless Chromium, Korea selected by the search box and its tie with Italy pinned.

Run after `python -m kg build seeds/`:  python docs/screenshot.py
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        print("docs/screenshot.py: needs Debian's chromium (apt-get install chromium)", file=sys.stderr)
        return 1
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=["--headless", "--no-sandbox", "--disable-gpu"])
        page = browser.new_page(viewport={"width": 1400, "height": 860})
        page.goto((ROOT / "exports" / "graph.html").as_uri())
        page.wait_for_function("window.kgGraph !== undefined", timeout=15000)
        page.wait_for_timeout(2000)
        page.evaluate("window.kgGraph.network.fit({animation: false})")
        page.evaluate("window.kgGraph.pin('edge', window.kgGraph.edgeBetween('IT', 'KR'))")
        page.evaluate("window.kgGraph.network.selectEdges([window.kgGraph.edgeBetween('IT', 'KR')])")
        page.screenshot(path=str(ROOT / "docs" / "graph.png"))
        browser.close()
    print("docs/graph.png")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
