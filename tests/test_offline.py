"""The pipeline, the shipped NER model included, loads and runs with no network."""

import json
import subprocess
import sys
import textwrap

SCRIPT = textwrap.dedent(
    '''
    import json, socket

    class NoNetwork(OSError):
        pass

    def refuse(*args, **kwargs):
        raise NoNetwork("network access attempted")

    socket.socket.connect = refuse
    socket.socket.connect_ex = refuse
    socket.create_connection = refuse
    socket.getaddrinfo = refuse

    from telisik.engine.local import Analyzer
    from telisik.records import RawDocument

    text = (
        "JAKARTA - Menteri Luar Negeri Retno Marsudi bertemu Sekretaris Jenderal PBB Antonio Guterres "
        "di New York, Amerika Serikat, Senin (18/9/2023). Retno mengatakan Indonesia mendukung "
        "perdamaian di Ukraina."
    )
    analysis = Analyzer().analyze([])
    article = Analyzer().process(RawDocument(source="offline.txt", kind="text", content=text))
    print(json.dumps({"entities": [e.to_dict() for e in article.entities], "rejected": analysis["rejected"]}))
    '''
)


def test_analysis_runs_without_network(tmp_path):
    proc = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, cwd=tmp_path, timeout=300)
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout.strip().splitlines()[-1])
    names = {e["name"]: e["type"] for e in out["entities"]}
    assert names.get("Retno Marsudi") == "PER"
    assert names.get("Antonio Guterres") == "PER"
    assert names.get("Amerika Serikat") == "LOC"
    assert names.get("Perserikatan Bangsa-Bangsa", names.get("PBB")) == "ORG"


def test_network_guard_is_effective():
    # the guard in SCRIPT really refuses connections (so the test above can fail)
    probe = "import socket\nsocket.socket.connect = lambda *a: (_ for _ in ()).throw(OSError('no'))\n"
    probe += "s = socket.socket()\ntry:\n    s.connect(('127.0.0.1', 9))\nexcept OSError as e:\n    print('refused', e)\n"
    proc = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60)
    assert "refused no" in proc.stdout
