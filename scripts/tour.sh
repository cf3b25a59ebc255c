#!/usr/bin/env bash
# Prints the README's command tour as Markdown, from a real run over data/articles/ in a scratch folder,
# so the README shows what the commands print today. Usage: scripts/tour.sh > /tmp/tour.md
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
export PATH="$repo/.venv/bin:$PATH"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
cp -r "$repo/data" "$scratch/data"
mkdir -p "$scratch/tests" && cp -r "$repo/tests/gold" "$scratch/tests/gold"
cd "$scratch"

show() {  # show TITLE COMMAND-LINE: the command line and what it printed (cut to 25 lines)
  [ -n "$1" ] && printf "%s\n\n" "$1"
  printf '```console\n$ %s\n' "$2"
  { bash -c "$2" 2>&1 || true; } | sed "s|$scratch/||g" | head -n 25 || true
  printf '```\n\n'
}

show "Read, extract and store the sample articles (HTML, text, JSON lines and RSS, in three languages):" \
  "geograph ingest data/articles/ --workers 2"
show "Run it again: every article is already stored." "geograph ingest data/articles/ -q"
show "What the store holds:" "geograph stats"
show "Assertions of one article, without storing them (the seed article, Persian; first lines):" \
  "geograph extract data/articles/fa/000_dd389d9e22ba10dd.txt | head -n 12"
show "The same as JSON lines (shared/spec/assertion.schema.json), first record:" \
  "geograph extract --format jsonl data/articles/en/us_sanctions_iran_oil_network.txt | head -n 1"
show "Entities, searched in any of their labels' languages:" "geograph entities پوتین"
show "One actor's edges with their evidence and sources, as of a date:" "geograph show Iran --as-of 2025-02-26"
show "Exports:" "geograph export --list-formats"
show "" "geograph export --format ttl -o out/graph.ttl && geograph export --format html -o out/graph.html"
show "SPARQL, from the ready-made library (queries/):" "geograph query @who_sanctions_whom"
show "" "geograph query @disputed_edges"
show "" "geograph query 'SELECT ?supporter ?supported WHERE { ?s gg:supports ?o . ?s rdfs:label ?supporter . ?o rdfs:label ?supported }'"
show "Scores against the gold set (state level, first lines):" "geograph eval tests/gold --level state | head -n 9"
