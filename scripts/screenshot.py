"""Screenshot of a geograph HTML page in the system Chromium, for the README.

    .venv/bin/python scripts/screenshot.py OUT.png PAGE.html [--width 1400 --height 860]
        [--edge SUBJECT RELATION OBJECT | --node ENTITY_ID]

``--edge`` clicks that edge first so the evidence panel shows; ``--node`` opens an actor's panel.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def main() -> int:
    parser = argparse.ArgumentParser(description="Screenshot a geograph HTML page.")
    parser.add_argument("out", type=Path)
    parser.add_argument("page", type=Path)
    parser.add_argument("--width", type=int, default=1400)
    parser.add_argument("--height", type=int, default=860)
    parser.add_argument("--edge", nargs=3, metavar=("SUBJECT", "RELATION", "OBJECT"))
    parser.add_argument("--node", metavar="ENTITY_ID")
    args = parser.parse_args()
    if not CHROMIUM.exists():
        print(f"no Chromium at {CHROMIUM}: run scripts/install_chromium.sh", file=sys.stderr)
        return 1
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": args.width, "height": args.height}, device_scale_factor=1)
        page.goto(args.page.resolve().as_uri())
        page.wait_for_function("() => window.geographReady", timeout=60_000)
        box = page.locator("#graph").bounding_box()
        point = None
        if args.edge:
            point = page.evaluate("(k) => window.geograph.edgeCentre(...k)", args.edge)
        elif args.node:
            point = page.evaluate("(id) => window.geograph.nodeCentre(id)", args.node)
        if (args.edge or args.node) and point is None:
            print("that edge or node is not drawn on the page", file=sys.stderr)
            return 1
        if point is not None and box is not None:
            page.mouse.click(box["x"] + point["x"], box["y"] + point["y"])
            page.mouse.move(0, 0)  # no tooltip over the panel
        page.wait_for_timeout(300)
        args.out.parent.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(args.out))
        browser.close()
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
