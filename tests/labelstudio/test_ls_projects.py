"""``annotator-desktop projects`` on a Label Studio account: every project with its kind, or why
this client cannot work on it."""

from __future__ import annotations

import io
import json

import pytest
from ls_admin import BBOX_CONFIG, POLYGON_CONFIG, REWRITE_CONFIG, LsAdmin, compare_config

from annotator_desktop.cli import main


def test_projects_lists_the_three_kinds_and_an_unsupported_one_with_its_reason(
    ls_admin: LsAdmin,
    ls_user: tuple[str, str],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    made = {
        "bbox": ls_admin.create_project("Boxes", BBOX_CONFIG),
        "rewrite": ls_admin.create_project("Rewrites", REWRITE_CONFIG),
        "compare": ls_admin.create_project("Pairs", compare_config()),
        "": ls_admin.create_project("Roads", POLYGON_CONFIG),
    }
    monkeypatch.setattr("sys.stdin", io.StringIO(ls_user[1]))
    assert main(["login", "--server", ls_admin.base, "--token-stdin"]) == 0
    capsys.readouterr()

    assert main(["projects", "--json"]) == 0
    listed = {entry["id"]: entry for entry in json.loads(capsys.readouterr().out)}
    for kind, ls_id in made.items():
        assert listed[f"ls-{ls_id}"]["kind"] == kind
    roads = listed[f"ls-{made['']}"]
    assert roads["supported"] is False
    assert roads["reason"] == "uses <PolygonLabels>, which this client does not draw"

    assert main(["projects"]) == 0
    out = capsys.readouterr().out
    assert "Label Studio projects this client cannot work on:" in out
    assert f"ls-{made['']}  Roads " in out and "does not draw" in out
    assert f"ls-{made['compare']}" in out.split("cannot work on")[0]
