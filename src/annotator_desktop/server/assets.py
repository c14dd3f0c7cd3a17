"""GET/HEAD /assets/{sha256} with ETag, Range and If-Range; admin upload with a size limit."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from pathlib import Path as PathType
from typing import Annotated, Any, BinaryIO

from fastapi import APIRouter, Path, Request, Response
from fastapi.responses import StreamingResponse
from sqlalchemy import exists, select
from sqlmodel import Session, col
from starlette.concurrency import run_in_threadpool

from annotator_desktop.protocol import AssetOut, ErrorCode
from annotator_desktop.server.access import Caller, CallerDep, CtxDep, require_admin
from annotator_desktop.server.assetstore import asset_path, keep_upload, new_upload, record
from annotator_desktop.server.context import Context
from annotator_desktop.server.errors import ApiError, problem_responses
from annotator_desktop.server.models import AssetRow, AssignmentRow, MemberRow, TaskRow
from annotator_desktop.server.strictjson import ParsedJSONRoute

router = APIRouter(tags=["assets"], route_class=ParsedJSONRoute)
Sha = Annotated[str, Path(pattern=r"^[0-9a-f]{64}$", min_length=64, max_length=64)]
_NOT_FOUND = "no such asset"


LIVE_OR_SUBMITTED = ("active", "submitted")
CHUNK = 256 * 1024


def _may_read(session: Session, caller: Caller, sha: str) -> bool:
    """Admins; whoever holds a live lease (active, expired or not, until someone else takes
    it) or a submitted one on a task showing the asset; a qa_lead of the task's project (they
    see every submission there). A released, revoked or superseded lease grants nothing."""
    if caller.is_admin:
        return True
    via_assignment = exists().where(
        col(TaskRow.asset_sha256) == sha, col(AssignmentRow.task_id) == col(TaskRow.id),
        col(AssignmentRow.user_id) == caller.id,
        col(AssignmentRow.state).in_(LIVE_OR_SUBMITTED),
    )  # fmt: skip
    if session.scalar(select(via_assignment)):
        return True
    if "qa_lead" in caller.roles:
        via_lead = exists().where(
            col(TaskRow.asset_sha256) == sha, col(MemberRow.project_id) == col(TaskRow.project_id),
            col(MemberRow.user_id) == caller.id,
        )  # fmt: skip
        return bool(session.scalar(select(via_lead)))
    return False


def _parse_range(header: str, size: int) -> tuple[int, int] | None:
    """(start, end inclusive) for a single ``bytes=`` range; None means serve it all."""
    unit, _, spec = header.partition("=")
    if unit.strip().lower() != "bytes" or "," in spec:
        return None
    first, dash, last = spec.strip().partition("-")
    if not dash:
        return None
    try:
        if first == "":
            n = int(last)
            if n <= 0:
                raise ApiError(416, ErrorCode.RANGE_NOT_SATISFIABLE, "empty suffix range",
                               headers={"Content-Range": f"bytes */{size}"})  # fmt: skip
            return max(0, size - n), size - 1
        start = int(first)
        end = int(last) if last else size - 1
    except ValueError:
        return None
    if start >= size:
        raise ApiError(416, ErrorCode.RANGE_NOT_SATISFIABLE, "range starts past the end",
                       headers={"Content-Range": f"bytes */{size}"})  # fmt: skip
    if start < 0 or end < start:
        return None
    return start, min(end, size - 1)


_BINARY = {"type": "string", "format": "binary"}
_ASSET_RESPONSES: dict[int | str, dict[str, Any]] = {
    # served with the MIME type stored for the asset (image/png, image/jpeg ...)
    200: {"content": {"*/*": {"schema": _BINARY}}, "description": "the bytes"},
    206: {"content": {"*/*": {"schema": _BINARY}}, "description": "a range"},
    304: {"description": "not modified"},
    **problem_responses(401, 404, 416, 422),
}


@router.get("/assets/{sha256}", response_class=Response, responses=_ASSET_RESPONSES)
def get_asset(sha256: Sha, request: Request, ctx: CtxDep, caller: CallerDep) -> Response:
    """The bytes of an asset the caller has a task for; 404 for any other."""
    return _serve(sha256, request, ctx, caller)


@router.head("/assets/{sha256}", response_class=Response, responses=_ASSET_RESPONSES)
def head_asset(sha256: Sha, request: Request, ctx: CtxDep, caller: CallerDep) -> Response:
    """Headers of GET without the body."""
    return _serve(sha256, request, ctx, caller)


def _serve(sha256: str, request: Request, ctx: Context, caller: Caller) -> Response:
    with ctx.db.read() as session:
        row = session.get(AssetRow, sha256)
        if row is None or not _may_read(session, caller, sha256):
            raise ApiError(404, ErrorCode.NOT_FOUND, _NOT_FOUND)
    path = asset_path(ctx.assets_dir, sha256)
    if not path.is_file():
        raise ApiError(404, ErrorCode.NOT_FOUND, _NOT_FOUND)
    size = path.stat().st_size
    etag = f'"{sha256}"'
    headers = {
        "ETag": etag,
        "Accept-Ranges": "bytes",
        "Cache-Control": "private, max-age=31536000, immutable",
    }
    if request.headers.get("if-none-match") in (etag, sha256):
        return Response(status_code=304, headers=headers)
    span = None
    range_header = request.headers.get("range")
    if_range = request.headers.get("if-range")
    if range_header and (if_range is None or if_range.strip() in (etag, sha256)):
        span = _parse_range(range_header, size)
    status, start, end = (206, *span) if span else (200, 0, size - 1)
    if span:
        headers["Content-Range"] = f"bytes {start}-{end}/{size}"
    headers["Content-Length"] = str(end - start + 1)
    if request.method == "HEAD":
        return Response(status_code=status, headers=headers, media_type=row.mime)
    fh = path.open("rb")  # opened now: a file renamed or removed later still streams whole
    return StreamingResponse(
        _chunks(fh, start, end - start + 1), status_code=status, headers=headers,
        media_type=row.mime,
    )  # fmt: skip


def _chunks(fh: BinaryIO, start: int, length: int) -> Iterator[bytes]:
    """The span in CHUNK-sized reads (Starlette runs this sync iterator on a worker thread)."""
    try:
        fh.seek(start)
        while length > 0:
            data = fh.read(min(CHUNK, length))
            if not data:
                return
            length -= len(data)
            yield data
    finally:
        fh.close()


@router.post(
    "/assets", response_model=AssetOut, status_code=201,
    responses=problem_responses(401, 403, 413),
    openapi_extra={"requestBody": {"content": {"application/octet-stream": {"schema": _BINARY}}}},
)  # fmt: skip
async def upload_asset(request: Request, ctx: CtxDep, caller: CallerDep) -> AssetOut:
    """Admin only: store the raw body under its SHA-256 (idempotent)."""
    require_admin(caller)
    mime = request.headers.get("content-type", "application/octet-stream").split(";")[0][:100]
    fd, tmp = await run_in_threadpool(new_upload, ctx.assets_dir)
    digest, size = hashlib.sha256(), 0
    try:  # streamed to disk chunk by chunk, file work off the event loop
        with os.fdopen(fd, "wb") as fh:
            async for chunk in request.stream():
                size += len(chunk)
                if size > ctx.settings.max_asset_bytes:
                    raise ApiError(413, ErrorCode.TOO_LARGE, "asset over the size limit")
                digest.update(chunk)
                await run_in_threadpool(fh.write, chunk)
        if not size:
            raise ApiError(400, ErrorCode.BAD_REQUEST, "empty asset")
        return await run_in_threadpool(_finish_upload, ctx, tmp, digest.hexdigest(), size, mime)
    finally:
        tmp.unlink(missing_ok=True)


def _finish_upload(ctx: Context, tmp: PathType, sha: str, size: int, mime: str) -> AssetOut:
    keep_upload(tmp, ctx.assets_dir, sha)
    with ctx.db.write() as session:
        row = record(session, sha, size, mime)
        return AssetOut(sha256=row.sha256, size=row.size, mime=row.mime)
