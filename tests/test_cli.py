"""The command line, through typer's CliRunner: every command, and bad input as one clear line."""
from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from kg.cli.app import app

pytestmark = pytest.mark.model
runner = CliRunner()


def kg(*args):
    return runner.invoke(app, [str(a) for a in args])


def one_line_error(result, *needles):
    assert result.exit_code != 0
    assert "Traceback" not in result.output + result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    for needle in needles:
        assert needle in lines[0], lines[0]


def test_help_lists_every_command():
    result = kg("--help")
    assert result.exit_code == 0
    for command in ("build", "query", "stats", "validate", "export", "eval"):
        assert command in result.output


def test_build_prints_a_summary_and_writes_the_outputs(tmp_path):
    from conftest import SEEDS

    result = kg("build", SEEDS / "000_d417b0cdfc301bfe.txt", "--out", tmp_path / "out")
    assert result.exit_code == 0, result.output + result.stderr
    assert "documents" in result.output and "kg:Minister" in result.output and "time" in result.output
    assert (tmp_path / "out" / "graph.ttl").is_file() and (tmp_path / "out" / "store").is_dir()


def test_query_formats(sample_out):
    q = "SELECT ?name WHERE { ?m a kg:Minister ; rdfs:label ?name } ORDER BY ?name"
    table = kg("query", q, "--out", sample_out)
    assert table.exit_code == 0 and "Antony Blinken" in table.output and "rows" in table.output
    as_json = json.loads(kg("query", q, "--out", sample_out, "--format", "json").output)
    names = [r["name"] for r in as_json["rows"]]
    assert "Antony Blinken" in names and names == sorted(names)
    csv_out = kg("query", q, "--out", sample_out, "--format", "csv").output.splitlines()
    assert csv_out[0] == "name" and "Antony Blinken" in csv_out
    tsv_out = kg("query", q, "--out", sample_out, "--format", "tsv").output.splitlines()
    assert tsv_out[1:] == csv_out[1:]


def test_query_from_a_file(sample_out, tmp_path):
    rq = tmp_path / "q.rq"
    rq.write_text("ASK { kgr:japan a kg:Country }", encoding="utf-8")
    result = kg("query", rq, "--out", sample_out, "--format", "json")
    assert json.loads(result.output)["rows"] == [{"result": True}]


def test_a_long_inline_query_is_a_query_not_a_file_name(sample_out):
    q = ("SELECT ?name ?post WHERE { ?m a kg:Minister ; rdfs:label ?name . OPTIONAL { ?m kg:holdsPosition ?p . "
         "?p rdfs:label ?post . } FILTER(CONTAINS(LCASE(STR(?name)), \"blinken\") || CONTAINS(LCASE(STR(?name)), "
         "\"hayashi\") || CONTAINS(LCASE(STR(?name)), \"austin\")) } ORDER BY ?name LIMIT 10")
    assert len(q) > 255 and "." in q
    result = kg("query", q, "--out", sample_out, "--format", "csv")
    assert result.exit_code == 0, result.output + result.stderr
    assert "Antony Blinken" in result.output and "Yoshimasa Hayashi" in result.output


def test_invalid_sparql_gives_the_parser_message_and_position(sample_out):
    result = kg("query", "SELECT ?x WHERE { ?x a }", "--out", sample_out)
    one_line_error(result, "invalid SPARQL")
    assert any(ch.isdigit() for ch in result.stderr)         # line/column of the error


def test_stats_and_validate(sample_out):
    stats = kg("stats", "--out", sample_out, "--format", "json")
    data = json.loads(stats.output)
    assert any(r["class"] == "kg:Minister" and r["count"] >= 4 for r in data["entities"])
    assert len(data["documents"]) == 5
    assert "conforms" in kg("validate", "--out", sample_out).output


def test_export_from_the_store(sample_out, tmp_path):
    target = tmp_path / "g.nt"
    result = kg("export", "--format", "nt", "--out", sample_out, "--to", target)
    assert result.exit_code == 0 and target.stat().st_size > 0
    one_line_error(kg("export", "--format", "docx", "--out", sample_out), "unknown export format 'docx'", "turtle")


def _file(name: str, data: bytes):
    def make(folder):
        (folder / name).write_bytes(data)
        return folder / name
    return make


def _empty_folder(folder):
    (folder / "empty").mkdir()
    return folder / "empty"


@pytest.mark.parametrize("setup,needle", [
    (lambda p: p / "missing", "no such file or folder"),
    (_empty_folder, "no input files"),
    (_file("e.txt", b""), "e.txt: is empty"),
    (_file("b.txt", b"\x00\x01\x02" * 50), "b.txt: is a binary file"),
    (_file("l.txt", "Café du Japon à Tōkyō, an article long enough".encode("utf-16")), "l.txt: is"),
])
def test_bad_inputs_are_one_line_and_leave_no_output(tmp_path, setup, needle):
    path = setup(tmp_path)
    result = kg("build", path, "--out", tmp_path / "out")
    one_line_error(result, needle)
    assert not (tmp_path / "out" / "build.json").exists()


def test_a_bad_file_among_good_ones_is_skipped_with_a_warning(tmp_path):
    from conftest import SEEDS

    src = tmp_path / "in"
    src.mkdir()
    (src / "good.txt").write_text((SEEDS / "004_5cf51f605790d914.txt").read_text(encoding="utf-8"), encoding="utf-8")
    (src / "bad.txt").write_bytes(b"\xff\xfe\x00\x00junk")
    result = kg("build", src, "--out", tmp_path / "out", "--quiet")
    assert result.exit_code == 0
    assert "warning: skipped" in result.stderr and "bad.txt" in result.stderr


def test_commands_on_a_folder_without_a_build(tmp_path):
    for command in ("stats", "validate"):
        one_line_error(kg(command, "--out", tmp_path), "no kg build here")
    one_line_error(kg("query", "ASK {}", "--out", tmp_path), "no kg build here")
