"""Web archives written for the tests (warcio)."""

from __future__ import annotations

import io

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter


def warc_bytes(records: list[tuple[str, str, str]]) -> bytes:
    """A gzipped WARC of HTTP responses, one per (url, content type, body)."""
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    for url, ctype, body in records:
        headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body.encode("utf-8")), http_headers=headers))
    return buf.getvalue()
