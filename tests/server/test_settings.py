"""Server settings (issue 20, item 5): defaults < TOML file < ANNOTATOR_SERVER_* < CLI flags."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annotator_desktop.server.cli import main
from annotator_desktop.server.settings import ServerSettings


def test_sources_and_their_order(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    toml = tmp_path / "server.toml"
    toml.write_text('lease_seconds = 600\nport = 9000\nworkers = 3\ndb_url = "sqlite:///x"\n')
    assert ServerSettings().lease_seconds == 48 * 3600  # the default
    assert ServerSettings.load(toml).lease_seconds == 600  # the file
    monkeypatch.setenv("ANNOTATOR_SERVER_LEASE_SECONDS", "700")
    monkeypatch.setenv("ANNOTATOR_SERVER_WORKERS", "2")
    s = ServerSettings.load(toml)
    assert (s.lease_seconds, s.workers, s.port) == (700, 2, 9000)  # the environment wins
    s = ServerSettings.from_pairs(["lease_seconds=800"], config_file=toml, workers=4)
    assert (s.lease_seconds, s.workers) == (800, 4)  # then --set, then the named flags
    monkeypatch.setenv("ANNOTATOR_SERVER_CONFIG", str(toml))
    assert ServerSettings.load().port == 9000  # the file named by the environment
    assert ServerSettings().port == 9000


def test_bad_settings_are_refused_with_a_clear_message(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="unknown setting 'leas_seconds=1'"):
        ServerSettings.from_pairs(["leas_seconds=1"])
    with pytest.raises(ValueError, match="lease_seconds"):
        ServerSettings.from_pairs(["lease_seconds=-5"])
    with pytest.raises(ValueError, match="not found"):
        ServerSettings.load(tmp_path / "missing.toml")
    typo = tmp_path / "typo.toml"
    typo.write_text("workerz = 2\n")
    with pytest.raises(ValueError, match="workerz"):
        ServerSettings.load(typo)


def test_cli_reads_the_config_file_and_flags_override_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("ANNOTATOR_SERVER_CONFIG", raising=False)
    from_file = tmp_path / "from-file.sqlite3"
    toml = tmp_path / "server.toml"
    toml.write_text(f'db_url = "sqlite:///{from_file}"\nassets_dir = "{tmp_path / "a"}"\n')
    assert main(["migrate", "--config", str(toml)]) == 0
    assert json.loads(capsys.readouterr().out)["database"] == "empty"
    assert from_file.is_file()
    flagged = tmp_path / "flag.sqlite3"
    assert main(["migrate", "--config", str(toml), "--db", f"sqlite:///{flagged}"]) == 0
    assert flagged.is_file()
    monkeypatch.setenv("ANNOTATOR_SERVER_DB_URL", f"sqlite:///{tmp_path / 'env.sqlite3'}")
    monkeypatch.setenv("ANNOTATOR_SERVER_ASSETS_DIR", str(tmp_path / "a"))
    assert main(["users", "add", "zoe", "--role", "annotator", "--password", "pw"]) == 0
    assert (tmp_path / "env.sqlite3").is_file()
    assert main(["serve", "--config", str(tmp_path / "nope.toml")]) == 2
    assert "configuration file not found" in capsys.readouterr().err
