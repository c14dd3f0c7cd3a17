"""Server settings (pydantic-settings): defaults < TOML file < ANNOTATOR_SERVER_* < CLI flags.

Every field below is a setting: ``ANNOTATOR_SERVER_<NAME>`` in the environment (e.g.
``ANNOTATOR_SERVER_LEASE_SECONDS=3600``), ``name = value`` in the TOML file named by ``--config``
or ``ANNOTATOR_SERVER_CONFIG``, or ``--set name=value`` (and the named flags such as ``--db``,
``--workers``) on the command line. Tests shrink the tunables to reach expiry, 410 and 429 fast.
"""

from __future__ import annotations

import os
from contextvars import ContextVar
from pathlib import Path
from typing import Any, Literal

import platformdirs
from pydantic import Field, ValidationError, field_validator
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)

HOME_ENV = "ANNOTATOR_SERVER_HOME"


def server_home() -> Path:
    """Where the SQLite file and assets go unless --db / --assets say otherwise.

    ``ANNOTATOR_SERVER_HOME`` when set, else the platform's user data folder (on Linux
    ``$XDG_DATA_HOME/annotator-server``, by default ``~/.local/share/annotator-server``).
    """
    override = os.environ.get(HOME_ENV)
    if override:
        return Path(override)
    return Path(platformdirs.user_data_dir("annotator-server", appauthor=False))


ENV_PREFIX = "ANNOTATOR_SERVER_"
CONFIG_ENV = "ANNOTATOR_SERVER_CONFIG"
_config_file: ContextVar[Path | None] = ContextVar("annotator_server_config", default=None)

# Request handling hops between the event loop and worker threads, and a thread that wants the
# GIL waits up to one switch interval for the thread running Python (default 5 ms). While
# another client's 10,000-box submissions were validated, GET /me p95 was 54 ms at 0.5 ms and
# 14 ms at 0.1 ms (bench_server_scale); set by ``serve`` and by each worker process.
SWITCH_INTERVAL = 0.0001


class ServerSettings(BaseSettings):
    """Every knob of the server with production defaults (see the README's settings table)."""

    model_config = SettingsConfigDict(
        env_prefix=ENV_PREFIX, extra="forbid", validate_default=True, frozen=False
    )

    # where the data lives and how it is served
    db_url: str = Field(default="", description="SQLAlchemy URL; empty: SQLite in the data folder")
    assets_dir: Path | None = Field(default=None, description="asset folder; empty: data folder")
    host: str = Field(default="127.0.0.1", description="address to listen on")
    port: int = Field(default=8765, ge=0, le=65535, description="TCP port; 0 picks a free one")
    workers: int = Field(default=1, ge=1, le=64, description="server processes (uvicorn workers)")
    log_level: Literal["critical", "error", "warning", "info", "debug"] = "info"
    forwarded_allow_ips: str = Field(
        default="127.0.0.1",
        description="proxies whose X-Forwarded-For / -Proto are trusted (comma list, or *)",
    )
    # tunables
    access_token_ttl: int = Field(default=900, gt=0, le=10 * 365 * 86_400)
    refresh_token_ttl: int = Field(default=30 * 24 * 3600, gt=0, le=10 * 365 * 86_400)
    lease_seconds: int = Field(default=48 * 3600, gt=0, le=10 * 365 * 86_400)
    feed_retention_seconds: int = Field(default=30 * 24 * 3600, ge=0, le=10 * 365 * 86_400)
    login_max_failures: int = Field(default=5, ge=1, le=10_000)
    login_window_seconds: int = Field(default=60, gt=0, le=86_400)
    max_body_bytes: int = Field(default=2 * 1024 * 1024, gt=0, le=2**40)
    max_asset_bytes: int = Field(default=50 * 1024 * 1024, gt=0, le=2**40)
    max_json_depth: int = Field(default=32, ge=4, le=200)
    feed_page_max: int = Field(default=5000, ge=1, le=1_000_000)
    scrypt_n: int = Field(default=2**14, ge=2, le=2**20)
    # PostgreSQL only: connections per worker process. Requests past it wait for one. Fewer
    # connections mean less contention for the database's cores: 50 checkouts at once on
    # 2 cores, 2 workers, finished in 1,055 ms with 30 per worker and 894 ms with 5.
    db_pool_size: int = Field(default=5, ge=1, le=500)
    # SQLite only. "normal": a commit survives the server process being killed, and the last
    # commits before a power cut or OS crash can be lost (WAL mode). "full": every commit is
    # synced to disk before the answer too, which costs about 1 ms per write on our test VM.
    sqlite_synchronous: str = "normal"

    @field_validator("sqlite_synchronous")
    @classmethod
    def _synchronous(cls, value: str) -> str:
        if value not in ("normal", "full"):
            raise ValueError("sqlite_synchronous must be normal or full")
        return value

    @field_validator("scrypt_n")
    @classmethod
    def _power_of_two(cls, value: int) -> int:
        if value & (value - 1):
            raise ValueError("scrypt_n must be a power of two")
        return value

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        """CLI flags (init) over the environment over the TOML file over the defaults."""
        sources: list[PydanticBaseSettingsSource] = [init_settings, env_settings]
        path = _config_file.get() or os.environ.get(CONFIG_ENV) or None
        if path:
            sources.append(TomlConfigSettingsSource(settings_cls, toml_file=Path(path)))
        return tuple(sources)

    @classmethod
    def load(cls, config_file: Path | str | None = None, **overrides: Any) -> ServerSettings:
        """Settings from the TOML file (``config_file`` or $ANNOTATOR_SERVER_CONFIG), the
        environment and ``overrides`` (CLI flags; None values are left out). ValueError with
        a readable message on anything wrong."""
        path = config_file or os.environ.get(CONFIG_ENV) or None
        if path and not Path(path).is_file():
            raise ValueError(f"configuration file not found: {path}")
        token = _config_file.set(Path(path) if path else None)
        try:
            return cls(**{k: v for k, v in overrides.items() if v is not None})
        except ValidationError as exc:
            raise ValueError(_readable(exc)) from None
        finally:
            _config_file.reset(token)

    @classmethod
    def from_pairs(
        cls, pairs: list[str], config_file: Path | str | None = None, **overrides: Any
    ) -> ServerSettings:
        """Build from ``name=value`` strings (the CLI's ``--set`` option) over ``load``."""
        values: dict[str, Any] = {}
        for pair in pairs:
            name, sep, raw = pair.partition("=")
            name = name.strip().replace("-", "_")
            if not sep or name not in cls.model_fields:
                known = ", ".join(sorted(cls.model_fields))
                raise ValueError(f"unknown setting {pair!r}; known: {known}")
            values[name] = raw.strip()
        return cls.load(config_file, **{**values, **overrides})

    def locations(self) -> tuple[str, Path]:
        """The database URL and asset folder, the data folder's defaults filled in."""
        if self.db_url and self.assets_dir:
            return self.db_url, self.assets_dir
        home = server_home()
        home.mkdir(parents=True, exist_ok=True)
        db = self.db_url or f"sqlite:///{(home / 'server.sqlite3').resolve()}"
        return db, self.assets_dir or home / "assets"

    def to_env(self) -> dict[str, str]:
        """These settings as ANNOTATOR_SERVER_* variables (what each worker process reads)."""
        out: dict[str, str] = {}
        for name in type(self).model_fields:
            value = getattr(self, name)
            if value is not None:
                out[f"{ENV_PREFIX}{name.upper()}"] = str(value)
        return out


def _readable(exc: ValidationError) -> str:
    parts = []
    for err in exc.errors():
        where = ".".join(str(p) for p in err.get("loc", ())) or "settings"
        parts.append(f"{where}: {err.get('msg')}")
    return "invalid settings: " + "; ".join(parts)
