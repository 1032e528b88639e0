"""Screenshot exports/graph.html in headless Chromium (for README's picture): python scripts/screenshot.py [OUT.png]."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parents[1]
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"]


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "graph.png"
    chromium = shutil.which("chromium") or sys.exit("chromium not installed (apt-get install chromium)")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=FLAGS)
        page = browser.new_page(viewport={"width": 1400, "height": 850})
        page.goto((ROOT / "exports" / "graph.html").as_uri())
        page.wait_for_function("window.kgGraph !== undefined")
        page.wait_for_timeout(3000)
        edge = page.evaluate("""() => {
            const net = window.kgGraph.network, e = net.body.edges["ID--KR"] || Object.values(net.body.edges)[0];
            const p = net.canvasToDOM({x: (e.from.x + e.to.x) / 2, y: (e.from.y + e.to.y) / 2});
            return {x: p.x, y: p.y};
        }""")
        page.mouse.move(edge["x"], edge["y"])
        page.wait_for_timeout(500)
        page.screenshot(path=str(out))
        browser.close()
    print(out)


if __name__ == "__main__":
    main()
