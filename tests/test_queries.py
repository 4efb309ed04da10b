"""The worked SPARQL examples in queries/: each runs through `kg query` and matches its expected result."""
from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from conftest import QUERIES
from kg.cli.app import app

pytestmark = pytest.mark.model
QUERY_FILES = sorted(QUERIES.glob("*.rq"))


def test_every_query_has_an_expected_result():
    assert QUERY_FILES
    for rq in QUERY_FILES:
        assert (QUERIES / "expected" / f"{rq.stem}.json").is_file(), f"run `make expected` for {rq.name}"


@pytest.mark.parametrize("rq", QUERY_FILES, ids=lambda p: p.stem)
def test_query_matches_its_expected_result(rq, sample_out):
    result = CliRunner().invoke(app, ["query", str(rq), "--out", str(sample_out), "--format", "json"])
    assert result.exit_code == 0, result.stderr
    got = json.loads(result.output)
    expected = json.loads((QUERIES / "expected" / f"{rq.stem}.json").read_text(encoding="utf-8"))
    assert got["variables"] == expected["variables"]
    assert _normal(got["rows"]) == _normal(expected["rows"]), \
        "the sample corpus answer changed: review it and run `make expected`"


def _normal(rows):
    """GROUP_CONCAT has no defined order in SPARQL: compare concatenated lists as sorted lists."""
    def value(v):
        if isinstance(v, str):
            for sep in (" / ", ", "):
                if sep in v:
                    return sep.join(sorted(v.split(sep)))
        return v
    return [{k: value(v) for k, v in row.items()} for row in rows]
