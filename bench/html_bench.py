"""How fast the HTML page is built and how fast it becomes usable in headless Chromium.

    .venv/bin/python bench/html_bench.py [--nodes 10000] [--edges 30000] [--store] [--out page.html]

A synthetic graph with a heavy-tailed degree distribution (a few hubs, many leaves, some small separate
components), one to three reports per edge from a pool of sources, dated over two years. Without
``--store`` the page model is built from the records directly (the exporter's own cost); with it, the
records go through a real SQLite store first and the page is read back with ``read_model``.

Browser figures: ``ready`` is the time from navigation start until vis-network has drawn the graph
(``window.geographReady``); ``filter`` is unchecking every conflict relation and ``time step`` moving
the as-of slider one step, each measured until the next frame is painted.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import tempfile
import time
from pathlib import Path

from geograph.records import Article, DateWindow, Entity, Modality, StoredAssertion
from geograph.view.model import PageModel, build_model, read_model
from geograph.view.page import render_page
from geograph.vocabulary import relations

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run"]
TYPES = ("state", "person", "organization", "armed_group", "group")
MODALITY_MIX: tuple[Modality, ...] = ("asserted",) * 7 + ("alleged", "denied", "planned", "speculative")


def synthetic(nodes: int, edges: int, seed: int = 1) -> tuple[list[Entity], list[Article], list[StoredAssertion]]:
    rng = random.Random(seed)
    entities = [
        Entity(
            f"Q{1000 + i}",
            TYPES[i % len(TYPES)],
            f"Actor {i}",
            f"Q{1000 + i}",
            labels=(("en", f"Actor {i}"), ("fa", f"بازیگر {i}"), ("ar", f"فاعل {i}")),
        )
        for i in range(nodes)
    ]
    start = dt.date(2023, 1, 1)
    articles = [
        Article(
            id=f"art{i}",
            text="",
            title=f"Report number {i}",
            url=f"https://news{i % 50}.example/{i}",
            published=start + dt.timedelta(days=rng.randrange(730)),
            source=f"Wire {i % 50}",
            lang="en",
        )
        for i in range(max(edges // 6, 1))
    ]
    names = list(relations())
    pairs: set[tuple[int, int]] = set()
    attach = [0]  # nodes repeated by degree: preferential attachment gives hubs and leaves
    main = int(nodes * 0.8)
    for v in range(1, main):
        u = rng.choice(attach) if rng.random() < 0.7 else rng.randrange(v)
        pairs.add((u, v))
        attach += [u, v]
    for v in range(main, nodes - 1, 2):  # small separate components
        pairs.add((v, v + 1))
    while len(pairs) < edges:
        u, v = rng.choice(attach), rng.randrange(main)
        if u != v:
            pairs.add((u, v))
            attach.append(u)
    assertions = []
    for number, (u, v) in enumerate(sorted(pairs)[:edges]):
        relation = names[number % len(names)]
        for _ in range(rng.choice((1, 1, 2, 3))):
            article = rng.choice(articles)
            assertions.append(
                StoredAssertion(
                    id=len(assertions) + 1,
                    subject=entities[u].id,
                    relation=relation,
                    object=entities[v].id,
                    via=None,
                    modality=rng.choice(MODALITY_MIX),
                    date=None,
                    date_precision=None,
                    seen=article.published,
                    article=article.id,
                    sentence=f"Actor {u} and Actor {v} were reported in a {relation} event, officials said.",
                    start=0,
                    end=10,
                    confidence=0.6,
                    extractor="bench",
                    event=number,
                    run=1,
                )
            )
    return entities, articles, assertions


def build_direct(nodes: int, edges: int) -> tuple[PageModel, float]:
    entities, articles, assertions = synthetic(nodes, edges)
    began = time.perf_counter()
    model = build_model(assertions, {e.id: e for e in entities}, {a.id: a for a in articles})
    return model, time.perf_counter() - began


def build_from_store(nodes: int, edges: int, folder: Path) -> tuple[PageModel, float]:
    from geograph.records import Actor, Assertion, EventDate, Extraction
    from geograph.store import Store

    entities, articles, assertions = synthetic(nodes, edges)
    by_id = {e.id: e for e in entities}
    by_article: dict[str, list[StoredAssertion]] = {}
    for a in assertions:
        by_article.setdefault(a.article, []).append(a)

    def actor(entity_id: str) -> Actor:
        e = by_id[entity_id]
        return Actor(e.id, e.label, e.type, e.wikidata)

    with Store.open(folder / "bench.db") as store:
        run = store.begin_run("bench")
        filled = time.perf_counter()
        for article in articles:
            found = by_article.get(article.id, [])
            used = {x for a in found for x in (a.subject, a.object)}
            store.add(
                Extraction(
                    article=article,
                    assertions=tuple(
                        Assertion(
                            actor(a.subject),
                            a.relation,
                            actor(a.object),
                            a.modality,
                            article.id,
                            a.sentence,
                            a.start,
                            a.end,
                            date=EventDate(a.seen.isoformat(), "day") if a.seen else None,
                        )
                        for a in found
                    ),
                    entities=tuple(by_id[i] for i in sorted(used)),
                ),
                run=run,
            )
        print(f"store filled in {time.perf_counter() - filled:.1f} s")
        began = time.perf_counter()
        model = read_model(store, DateWindow())
        return model, time.perf_counter() - began


def browser_times(page_path: Path) -> dict[str, float]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        errors: list[str] = []
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.goto(page_path.as_uri(), timeout=120_000)
        page.wait_for_function("() => window.geographReady", timeout=120_000)
        ready = float(page.evaluate("window.geographReady"))
        print("phases (ms since navigation):", page.evaluate("window.geographTimings"))
        entry = page.evaluate("[window.geograph.drawnNodes().length, window.geograph.drawnEdges().length]")
        print(f"opening view: {entry[0]} nodes, {entry[1]} edges")
        show_all = """async () => {
            const t0 = performance.now();
            const all = document.getElementById("show-all");
            if (all) all.click();
            await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
            return performance.now() - t0;
        }"""
        all_ms = float(page.evaluate(show_all))
        timed = """async (action) => {
            const t0 = performance.now();
            action === "filter"
              ? document.querySelector('[data-group="conflict"]').click()
              : (() => { const u = document.getElementById("until");
                         u.value = String(Number(u.value) - 1); u.dispatchEvent(new Event("input")); })();
            await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
            return performance.now() - t0;
        }"""
        filter_ms = float(page.evaluate(timed, "filter"))
        step_ms = float(page.evaluate(timed, "step"))
        drawn = page.evaluate("[window.geograph.drawnNodes().length, window.geograph.drawnEdges().length]")
        browser.close()
    if errors:
        raise RuntimeError(f"page errors: {errors}")
    print(f"drawn after filter and step: {drawn[0]} nodes, {drawn[1]} edges")
    return {"ready_ms": ready, "show_all_ms": all_ms, "filter_ms": filter_ms, "time_step_ms": step_ms}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--nodes", type=int, default=10_000)
    parser.add_argument("--edges", type=int, default=30_000)
    parser.add_argument("--store", action="store_true", help="go through a real SQLite store")
    parser.add_argument("--out", type=Path, help="keep the page here")
    parser.add_argument("--no-browser", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        if args.store:
            model, model_s = build_from_store(args.nodes, args.edges, folder)
        else:
            model, model_s = build_direct(args.nodes, args.edges)
        began = time.perf_counter()
        page = render_page(model)
        render_s = time.perf_counter() - began
        out = args.out or folder / "bench.html"
        out.write_text(page, encoding="utf-8")
        print(
            f"{len(model.nodes)} nodes, {len(model.edges)} edges, {len(model.assertions)} assertions: "
            f"model {model_s:.2f} s, page {render_s:.2f} s (layout included), {len(page) / 1e6:.1f} MB"
        )
        if not args.no_browser:
            for name, value in browser_times(out).items():
                print(f"{name}: {value:.0f}")


if __name__ == "__main__":
    main()
