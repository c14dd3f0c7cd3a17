"""Parsing untrusted XML without entity expansion (no XML bombs, no external entities).

``defusedxml`` parses the bytes and refuses any DOCTYPE, ENTITY declaration or external reference.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring as defused_fromstring

from annotator_desktop.core.formats.types import FormatError

MAX_XML_BYTES = 16 * 1024 * 1024


def parse_xml(data: bytes, where: str) -> ET.Element:
    """The root element of ``data``; FormatError for bad, oversized or DOCTYPE-carrying XML."""
    if len(data) > MAX_XML_BYTES:
        raise FormatError(f"{where}: XML file larger than {MAX_XML_BYTES // (1024 * 1024)} MiB")
    try:
        return defused_fromstring(data, forbid_dtd=True)
    except DefusedXmlException:
        raise FormatError(f"{where}: DOCTYPE and ENTITY declarations are not allowed") from None
    except ET.ParseError as exc:
        raise FormatError(f"{where}: not well-formed XML ({exc})") from None
