"""Driving the system Chromium with Playwright for the page tests; nothing downloads a browser."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

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


@dataclass
class Visit:
    """An opened page and everything it tried to do besides rendering."""

    page: Any
    url: str
    requests: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def outside_requests(self) -> list[str]:
        return [url for url in self.requests if url != self.url]

    def drawn_edges(self) -> set[tuple[str, str, str]]:
        return {tuple(edge) for edge in self.page.evaluate("window.geograph.drawnEdges()")}

    def drawn_nodes(self) -> set[str]:
        return set(self.page.evaluate("window.geograph.drawnNodes()"))

    def click_canvas_point(self, point: dict[str, float]) -> None:
        """Click the graph at ``point`` (canvas coordinates), closing the side panel first when it floats over
        that point, as an analyst would."""
        box = self.page.locator("#graph").bounding_box()
        x, y = box["x"] + point["x"], box["y"] + point["y"]
        panel = self.page.locator("#panel")
        if panel.is_visible():
            over = panel.bounding_box()
            if over and over["x"] <= x <= over["x"] + over["width"] and over["y"] <= y <= over["y"] + over["height"]:
                panel.locator(".close").click()
        self.page.mouse.click(x, y)


@contextmanager
def chromium() -> Iterator[Any]:
    if not CHROMIUM.exists():
        pytest.skip("needs the system Chromium at /usr/bin/chromium (scripts/install_chromium.sh installs it)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="needs the playwright package (test extra)")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


@contextmanager
def visit(browser: Any, page_file: Path) -> Iterator[Visit]:
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    page = context.new_page()
    seen = Visit(page=page, url=page_file.resolve().as_uri())
    page.on("request", lambda request: seen.requests.append(request.url))
    page.on("pageerror", lambda error: seen.errors.append(str(error)))

    def dismiss(dialog: Any) -> None:
        seen.dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", dismiss)
    try:
        page.goto(seen.url)
        page.wait_for_function("() => window.geographReady", timeout=20_000)
        yield seen
    finally:
        context.close()
