"""``geograph ingest --dask-scheduler``, ``extract --format records`` and ``load`` through CliRunner."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from geograph.cli import main
from geograph.store import Store

distributed = pytest.importorskip("distributed")

ROOT = Path(__file__).resolve().parents[2]
CORPUS = [str(ROOT / "data" / "articles" / "en"), str(ROOT / "data" / "articles" / "ar")]


def _assertions(db: Path) -> set[tuple[str, str, str, str, str]]:
    with Store.open(db) as store:
        return {(a.article, a.subject, a.relation, a.object, a.modality) for a in store.assertions()}


def test_cluster_ingest_and_shard_load_store_what_local_ingest_stores(tmp_path: Path) -> None:
    runner = CliRunner()
    local = tmp_path / "local.db"
    assert runner.invoke(main, ["ingest", *CORPUS, "--db", str(local), "-q"]).exit_code == 0
    with distributed.LocalCluster(n_workers=2, processes=True, threads_per_worker=1, dashboard_address=":0") as cluster:
        remote = tmp_path / "dask.db"
        result = runner.invoke(
            main, ["ingest", *CORPUS, "--db", str(remote), "--dask-scheduler", cluster.scheduler_address, "-q"]
        )
        assert result.exit_code == 0, result.output
    assert _assertions(remote) == _assertions(local) != set()
    shard = tmp_path / "shard.jsonl"
    records = runner.invoke(main, ["extract", *CORPUS, "--format", "records"])
    assert records.exit_code == 0
    shard.write_text(records.stdout, encoding="utf-8")
    loaded = tmp_path / "loaded.db"
    first = runner.invoke(main, ["load", str(shard), "--db", str(loaded), "-q"])
    assert first.exit_code == 0, first.output
    again = runner.invoke(main, ["load", str(shard), "--db", str(loaded), "-q"])
    assert "new: 0" in again.output
    assert _assertions(loaded) == _assertions(local)
