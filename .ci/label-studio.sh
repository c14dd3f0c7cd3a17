#!/usr/bin/env bash
# A real Label Studio for the Label Studio connector tests (tests/labelstudio/).
#
#   .ci/label-studio.sh [start]   install (once), prepare a fresh data folder, start it on
#                                 127.0.0.1 on a free port; prints `export NAME=VALUE` lines on
#                                 stdout (everything else goes to stderr) for the caller to eval:
#                                   ls_env=$(bash .ci/label-studio.sh) && eval "$ls_env"
#   .ci/label-studio.sh stop      stop the server started by `start` (reads the variables it
#                                 printed) and delete its data folder.
#
# Label Studio (pinned below) lives in a virtual environment of its own in a cache folder outside
# the clone, never as a dependency of this package: ${ANNOTATOR_LS_HOME:-$HOME/.cache/...}/venv.
# A migrated data folder with three users (admin, and the annotators alice and bob, all in one
# organisation) and a personal access token each is built once in the same cache (template-v1/);
# every start copies it to a fresh folder, so each CI run begins with no projects and starts in
# seconds. Printed variables:
#   ANNOTATOR_TEST_LS_URL      http://127.0.0.1:PORT (no trailing slash)
#   ANNOTATOR_TEST_LS_TOKENS   JSON file {"admin"|"alice"|"bob": {"email", "password", "username",
#                              "id", "token"}}; "token" is the personal access token (JWT refresh)
#   ANNOTATOR_TEST_LS_PID      the server's process (and process group) id
#   ANNOTATOR_TEST_LS_RUN_DIR  its data folder and log (label-studio.log)
# Any failure exits non-zero with a message: CI must not silently skip these tests.
set -euo pipefail

LS_VERSION="1.23.2"
LS_HOME="${ANNOTATOR_LS_HOME:-$HOME/.cache/annotator-desktop-ci/label-studio-$LS_VERSION}"
LS_PYTHON="${ANNOTATOR_LS_PYTHON:-python3}"
START_TIMEOUT="${ANNOTATOR_LS_START_TIMEOUT:-180}"
VENV="$LS_HOME/venv"
TEMPLATE="$LS_HOME/template-v1"
export LATEST_VERSION_CHECK=false COLLECT_ANALYTICS=false

log() { echo "label-studio.sh: $*" >&2; }
die() { echo "label-studio.sh: ERROR: $*" >&2; exit 1; }

stop_server() {
  local pid="${ANNOTATOR_TEST_LS_PID:-}" run_dir="${ANNOTATOR_TEST_LS_RUN_DIR:-}"
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    kill -KILL -- "-$pid" 2>/dev/null || true
    log "stopped Label Studio (pid $pid)"
  fi
  if [ -n "$run_dir" ] && [ -f "$run_dir/.annotator-ls-run" ]; then rm -rf "$run_dir"; fi
}

if [ "${1:-start}" = "stop" ]; then stop_server; exit 0; fi
[ "${1:-start}" = "start" ] || die "usage: $0 [start|stop]"

mkdir -p "$LS_HOME"
exec 9>"$LS_HOME/.lock"
flock 9 || die "cannot lock $LS_HOME/.lock"

# 1. The virtual environment (≈ 1 GB), installed once; the marker is written only after the
#    install succeeded and the package imports, so an interrupted install is redone.
if [ ! -f "$VENV/.annotator-installed-$LS_VERSION" ]; then
  t0=$SECONDS
  log "installing label-studio==$LS_VERSION into $VENV (once; ≈ 1–2 min)"
  rm -rf "$VENV"
  "$LS_PYTHON" -m venv "$VENV" >&2 || die "cannot create a virtual environment with $LS_PYTHON"
  "$VENV/bin/python" -m pip install -q --disable-pip-version-check "label-studio==$LS_VERSION" >&2 \
    || die "pip install label-studio==$LS_VERSION failed"
  "$VENV/bin/python" -c "import label_studio, sys; sys.exit(label_studio.__version__ != '$LS_VERSION')" \
    || die "label_studio in $VENV is not version $LS_VERSION"
  touch "$VENV/.annotator-installed-$LS_VERSION"
  log "installed in $((SECONDS - t0)) s"
fi

# 2. The template data folder: migrations, users, organisation, tokens (once).
if [ ! -f "$TEMPLATE/.ready" ]; then
  t0=$SECONDS
  log "migrating a new data folder and creating users in $TEMPLATE (once; ≈ 30–70 s)"
  rm -rf "$TEMPLATE"
  mkdir -p "$TEMPLATE/data"
  LABEL_STUDIO_BASE_DATA_DIR="$TEMPLATE/data" "$VENV/bin/python" - "$TEMPLATE/tokens.json" >&2 <<'PY' \
    || die "initialising the Label Studio data folder failed (see above)"
import json
import sys

from label_studio.server import _apply_database_migrations, _setup_env

_setup_env()  # Django settings from LABEL_STUDIO_BASE_DATA_DIR (database, media, secret key)
_apply_database_migrations()

from jwt_auth.models import LSAPIToken  # noqa: E402  (Label Studio's apps, after Django setup)
from organizations.models import Organization  # noqa: E402
from users.models import User  # noqa: E402

people = {
    "admin": ("admin@annotator.test", "admin-ls-pass"),
    "alice": ("alice@annotator.test", "alice-ls-pass"),
    "bob": ("bob@annotator.test", "bob-ls-pass"),
}
admin = User.objects.create_superuser(
    email=people["admin"][0], password=people["admin"][1], username="admin"
)
org = Organization.create_organization(created_by=admin, title="Annotator CI")
# Personal access tokens (JWT) on, legacy "Token" auth off: what a new organisation gets.
org.jwt.api_tokens_enabled = True
org.jwt.legacy_api_tokens_enabled = False
org.jwt.save()
out = {}
for name, (email, password) in people.items():
    user = admin if name == "admin" else User.objects.create_user(
        email=email, password=password, username=name, first_name=name.capitalize()
    )
    org.add_user(user)
    user.active_organization = org
    user.save()
    token = LSAPIToken.for_user(user).get_full_jwt()  # what the account page's "Create" mints
    out[name] = {
        "email": email, "password": password, "username": name, "id": user.id, "token": token
    }
with open(sys.argv[1], "w") as f:
    json.dump(out, f, indent=2)
print("users and tokens written to", sys.argv[1])
PY
  touch "$TEMPLATE/.ready"
  log "data folder ready in $((SECONDS - t0)) s"
fi

# 3. A fresh copy for this run (the secret key that signs the tokens is copied with it).
RUN_DIR=$(mktemp -d "${TMPDIR:-/tmp}/annotator-ls.XXXXXX")
touch "$RUN_DIR/.annotator-ls-run"
cp -a "$TEMPLATE/data" "$RUN_DIR/data"
cp "$TEMPLATE/tokens.json" "$RUN_DIR/tokens.json"
flock -u 9

# 4. Start on a free port of 127.0.0.1 and wait for /health. Label Studio moves to the next port
#    by itself when its port is taken (then --host would be wrong), so check the port it took and
#    retry with a new one if another process grabbed it in between.
free_port() {
  "$LS_PYTHON" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}
health() {
  "$VENV/bin/python" -c 'import sys, urllib.request; urllib.request.urlopen(sys.argv[1] + "/health", timeout=2)' "$1" 2>/dev/null
}
started=""
for attempt in 1 2 3; do
  port=$(free_port)
  url="http://127.0.0.1:$port"
  logfile="$RUN_DIR/label-studio.log"
  log "starting Label Studio $LS_VERSION on $url (attempt $attempt, log: $logfile)"
  t0=$SECONDS
  # setsid: its own process group, so `stop` ends it and anything it spawned; every stream
  # redirected, so the caller's $(...) does not wait for the server to exit.
  LABEL_STUDIO_BASE_DATA_DIR="$RUN_DIR/data" setsid "$VENV/bin/label-studio" start \
    --no-browser --internal-host 127.0.0.1 --port "$port" --host "$url" \
    </dev/null >"$logfile" 2>&1 &
  pid=$!
  ANNOTATOR_TEST_LS_PID=$pid
  ANNOTATOR_TEST_LS_RUN_DIR=""  # keep RUN_DIR while retrying
  while :; do
    if ! kill -0 "$pid" 2>/dev/null; then
      break
    fi
    if grep -q "is in use" "$logfile"; then
      stop_server
      break
    fi
    if health "$url"; then
      started=1
      break
    fi
    if [ $((SECONDS - t0)) -ge "$START_TIMEOUT" ]; then
      stop_server
      tail -n 40 "$logfile" >&2 || true
      rm -rf "$RUN_DIR"
      die "Label Studio did not answer $url/health within $START_TIMEOUT s"
    fi
    sleep 0.5
  done
  [ -n "$started" ] && break
  if ! grep -q "is in use" "$logfile"; then
    tail -n 40 "$logfile" >&2 || true
    rm -rf "$RUN_DIR"
    die "Label Studio exited before answering $url/health (log above)"
  fi
done
[ -n "$started" ] || { rm -rf "$RUN_DIR"; die "no free port found for Label Studio"; }
log "Label Studio answers on $url (pid $pid) after $((SECONDS - t0)) s"

# 5. Check that the personal access tokens work before handing them out.
"$VENV/bin/python" - "$url" "$RUN_DIR/tokens.json" >&2 <<'PY' \
  || { ANNOTATOR_TEST_LS_RUN_DIR="$RUN_DIR" stop_server; die "token check failed"; }
import json
import sys

import requests

url, path = sys.argv[1], sys.argv[2]
for name, user in json.load(open(path)).items():
    r = requests.post(f"{url}/api/token/refresh/", json={"refresh": user["token"]}, timeout=30)
    r.raise_for_status()
    me = requests.get(
        f"{url}/api/current-user/whoami",
        headers={"Authorization": f"Bearer {r.json()['access']}"},
        timeout=30,
    )
    me.raise_for_status()
    assert me.json()["email"] == user["email"], (name, me.json())
print("personal access tokens OK for", ", ".join(json.load(open(path))))
PY

printf 'export ANNOTATOR_TEST_LS_URL=%q\n' "$url"
printf 'export ANNOTATOR_TEST_LS_TOKENS=%q\n' "$RUN_DIR/tokens.json"
printf 'export ANNOTATOR_TEST_LS_PID=%q\n' "$pid"
printf 'export ANNOTATOR_TEST_LS_RUN_DIR=%q\n' "$RUN_DIR"
