"""Every `kg` command in README.md runs as written (against a copy of the sample build)."""
from __future__ import annotations

import re
import shlex

import pytest
from typer.testing import CliRunner

from conftest import ROOT
from kg.cli.app import app

pytestmark = pytest.mark.model


def readme_commands() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    commands = []
    for block in re.findall(r"```(?:sh|bash)\n(.*?)```", text, flags=re.S):
        for line in block.splitlines():
            line = line.split("  #", 1)[0].strip()
            if line.startswith("kg "):
                commands.append(line)
    return commands


COMMANDS = readme_commands()


def test_the_readme_shows_every_command():
    shown = {c.split()[1] for c in COMMANDS}
    assert {"build", "query", "stats", "validate", "export", "eval", "view"} <= shown


@pytest.fixture(scope="module")
def readme_tmp(tmp_path_factory):
    """The README's /tmp, shared by its commands in order (a build, then the eval of that build)."""
    return tmp_path_factory.mktemp("readme-tmp")


@pytest.mark.parametrize("command", COMMANDS)
def test_readme_command_runs(command, out_copy, readme_tmp, monkeypatch):
    tmp_path = readme_tmp
    monkeypatch.chdir(ROOT)                       # README paths are relative to the repository
    def place(a: str) -> str:
        if a in ("out/", "out"):
            return str(out_copy) + "/"
        return str(tmp_path / a[5:]) if a.startswith("/tmp/") else a

    args = [place(a) for a in shlex.split(command)[1:]]
    if args[0] == "view" and "--no-open" not in args:
        args.append("--no-open")                  # no browser in the test run
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, f"{command}\n{result.output}\n{result.stderr}"


def test_readme_python_example_runs(monkeypatch):
    monkeypatch.chdir(ROOT)
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```python\n(.*?)```", text, flags=re.S)
    assert blocks
    namespace: dict = {}
    for block in blocks:
        exec(compile(block, "README.md", "exec"), namespace)       # noqa: S102 - our own README
    graph = namespace["graph"]
    assert "Antony Blinken" in {e.name for e in graph.entities(type="Minister")}
