"""Shared fixtures. The sample-corpus build is made once per session (it needs the spaCy model)."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
QUERIES = ROOT / "queries"
SYSTEM_SKIP = "[system component missing]"


def skip_missing_system(what: str) -> None:
    """Skip a test that needs a system component (under CI=true this counts as a failure)."""
    pytest.skip(f"{SYSTEM_SKIP} {what}")


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    """Under CI=true a skip for a missing system component is a failure: CI installs them."""
    outcome = yield
    report = outcome.get_result()
    if os.environ.get("CI") == "true" and report.skipped and isinstance(report.longrepr, tuple):
        reason = str(report.longrepr[2])
        if SYSTEM_SKIP in reason:
            report.outcome = "failed"
            report.longrepr = f"under CI=true this may not skip: {reason}"


@pytest.fixture(scope="session")
def sample_build(tmp_path_factory):
    """kg build seeds/ --out <tmp>/out, once for the whole session."""
    from kg.pipeline import build

    out = tmp_path_factory.mktemp("sample") / "out"
    return build([str(SEEDS)], out)


@pytest.fixture(scope="session")
def sample_out(sample_build) -> Path:
    return sample_build.out_dir


@pytest.fixture()
def out_copy(sample_out, tmp_path) -> Path:
    """A private copy of the sample build that a test may modify."""
    target = tmp_path / "out"
    shutil.copytree(sample_out, target)
    return target
