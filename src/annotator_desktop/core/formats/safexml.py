"""Parsing untrusted XML without entity expansion (no XML bombs, no external entities).

Uses ``defusedxml`` when it is installed; otherwise a first pass with expat refuses any DOCTYPE or
ENTITY declaration before ElementTree parses the bytes.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import Any
from xml.parsers import expat

from annotator_desktop.core.formats.types import FormatError

MAX_XML_BYTES = 16 * 1024 * 1024

try:  # pragma: no cover - depends on the environment
    from defusedxml.ElementTree import fromstring as _defused_fromstring
except ImportError:  # pragma: no cover
    _defused_fromstring = None


class _Forbidden(Exception):
    pass


def _refuse(*_args: Any) -> None:
    raise _Forbidden


def _check_no_declarations(data: bytes) -> None:
    parser = expat.ParserCreate()
    parser.StartDoctypeDeclHandler = _refuse
    parser.EntityDeclHandler = _refuse
    parser.UnparsedEntityDeclHandler = _refuse
    parser.ExternalEntityRefHandler = _refuse
    parser.Parse(data, True)


def parse_xml(data: bytes, where: str) -> ET.Element:
    """The root element of ``data``; FormatError for bad, oversized or DOCTYPE-carrying XML."""
    if len(data) > MAX_XML_BYTES:
        raise FormatError(f"{where}: XML file larger than {MAX_XML_BYTES // (1024 * 1024)} MiB")
    try:
        _check_no_declarations(data)
    except _Forbidden:
        raise FormatError(f"{where}: DOCTYPE and ENTITY declarations are not allowed") from None
    except expat.ExpatError as exc:
        raise FormatError(f"{where}: not well-formed XML ({exc})") from None
    try:
        if _defused_fromstring is not None:  # pragma: no cover
            return _defused_fromstring(data)
        return ET.fromstring(data)
    except ET.ParseError as exc:
        raise FormatError(f"{where}: not well-formed XML ({exc})") from None
