"""Any bytes under any page name: an article or a rejection, never an exception."""

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

SEED_TEXT = b"JAKARTA - Banjir merendam ratusan rumah di Bekasi setelah hujan deras sejak Selasa malam.\n"

contents = st.one_of(
    st.binary(max_size=2000),
    st.builds(lambda a, b: a + SEED_TEXT + b, st.binary(max_size=50), st.binary(max_size=50)),
    st.text(max_size=500).map(lambda t: t.encode("utf-8", "surrogatepass")),
    st.sampled_from([b"<html><body><p>", b"{\"text\": ", b"WARC/1.0\r\n", b"\x1f\x8b\x08\x00", b"<", b"\xff\xfe<\x00"]),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(contents, st.sampled_from(["a.txt", "a.html", "a.jsonl", "a.warc", "a.txt.gz", "a.jsonl.gz", "a.warc.gz"]))
def test_any_bytes_give_articles_or_rejections(analyzer, data, name):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / name
        path.write_bytes(data)
        analysis = analyzer.analyze([str(path)])
    assert len(analysis["articles"]) + len(analysis["rejected"]) >= 1
    for rejection in analysis["rejected"]:
        assert rejection["reason"] and "internal error" not in rejection["reason"]
