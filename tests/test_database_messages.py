"""What a corrupt database says: one readable line, never the corrupt bytes themselves
(review of issue #14)."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from contextlib import closing

from conftest import ROOT


def test_a_text_column_holding_bytes_that_are_not_utf8_is_one_readable_line(tmp_path):
    db = tmp_path / "news.db"
    page = next((ROOT / "bench" / "pages").glob("*.html"))
    subprocess.run([sys.executable, "-m", "crawler.cli", "ingest", "--db", str(db), str(page)], cwd=ROOT, check=True, capture_output=True)
    with closing(sqlite3.connect(db)) as conn:
        conn.execute("UPDATE articles SET title = CAST(X'4EFF00C31B5B32' AS TEXT)")
        conn.commit()
    done = subprocess.run([sys.executable, "-m", "crawler.cli", "export", "--db", str(db)], cwd=ROOT, capture_output=True)
    assert done.returncode == 1
    (line,) = done.stderr.decode("utf-8").splitlines()
    assert "could not decode to utf-8" in line.lower() and "the file is corrupt" in line
    assert "\x1b" not in line and "\ufffd" not in line
