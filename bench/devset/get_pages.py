"""Rebuild the development set's pages from the repositories they were found in.

The pages themselves are not committed: they are other people's pages, taken from public
repositories, and this repository keeps only the gold written by reading them and where
each came from (`pages/<id>.json`: `source_repo`, `source_path`, `source_commit`). This
script puts each page back, byte for byte, from a bare clone of its repository:

    python bench/devset/get_pages.py --mirrors DIR      # DIR/<owner>+<name>/repo or DIR/<owner>+<name>.git
    python bench/devset/get_pages.py --clone            # git clone --bare from GitHub into --mirrors

A page that some repository keeps inside a source file (a crawler's test holds it as a
string literal) is cut out of that file by `source_span` (its byte offsets); with
`source_literal` = `java`, the span is a Java string expression ("…" + "…") whose pieces
are joined and unescaped.

A text capture (`kind` = `text`) is rebuilt by running its recorded `made_with` command
(w3m or lynx, with `{html}` standing for the page it was made from, `capture_of`) on that
page, extracted the same way.

A text capture taken from the workplace's stored-pages corpus (`source_corpus` = `pages`: the
text a page showed, as a search tool keeps it, with its `url` and `search_query`) has no
repository to rebuild it from; such captures are counted apart, not rebuilt.
"""

from __future__ import annotations

import argparse
import json
import re
import shlex
import subprocess
import sys
import tempfile
from pathlib import Path

PAGES = Path(__file__).resolve().parent / "pages"


def git_dir(mirrors: Path, repo: str, clone: bool) -> Path | None:
    slug = repo.replace("/", "+")
    for candidate in (mirrors / slug / "repo", mirrors / slug / "repo" / ".git", mirrors / f"{slug}.git", mirrors / slug):
        if (candidate / "HEAD").exists():
            return candidate
    if not clone:
        return None
    target = mirrors / f"{slug}.git"
    subprocess.run(["git", "clone", "--quiet", "--bare", f"https://github.com/{repo}", str(target)], check=True)
    return target


def blob(git: Path, commit: str, path: str) -> bytes:
    return subprocess.run(["git", f"--git-dir={git}", "show", f"{commit}:{path}"], capture_output=True, check=True).stdout


JAVA_PIECE = re.compile(rb'"((?:[^"\\]|\\.)*)"')
JAVA_ESCAPE = re.compile(r"\\(u[0-9a-fA-F]{4}|.)")
JAVA_CHARS = {"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f", "0": "\0"}


def java_string(expression: bytes) -> bytes:
    """The value of a Java string expression ("<html>\\n" + "<head>…"), as UTF-8."""
    def unescape(match: re.Match) -> str:
        code = match[1]
        return chr(int(code[1:], 16)) if code[0] == "u" and len(code) == 5 else JAVA_CHARS.get(code, code)
    pieces = (JAVA_ESCAPE.sub(unescape, piece.decode("utf-8")) for piece in JAVA_PIECE.findall(expression))
    return "".join(pieces).encode("utf-8")


def page_in(content: bytes, origin: dict) -> bytes:
    """The page within the file it was found in (the whole file, unless a span is recorded)."""
    if "source_span" not in origin:
        return content
    start, end = origin["source_span"]
    return java_string(content[start:end]) if origin.get("source_literal") == "java" else content[start:end]


def rebuild(gold: dict, mirrors: Path, clone: bool) -> str:
    origin = gold.get("capture_of") if gold["kind"] == "text" else gold
    if not origin or not origin.get("source_repo"):
        return "no repository recorded"
    git = git_dir(mirrors, origin["source_repo"], clone)
    if git is None:
        return f"no clone of {origin['source_repo']} under {mirrors}"
    content = page_in(blob(git, origin["source_commit"], origin["source_path"]), origin)
    if gold["kind"] == "html":
        (PAGES / f"{gold['id']}.html").write_bytes(content)
        return "ok"
    with tempfile.NamedTemporaryFile(suffix=".html") as html:
        html.write(content)
        html.flush()
        command = [part.replace("{html}", html.name) for part in shlex.split(gold["made_with"])]
        text = subprocess.run(command, capture_output=True, check=True).stdout
    (PAGES / f"{gold['id']}.txt").write_bytes(text)
    return "ok"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--mirrors", type=Path, default=Path("/work/.mirror"), help="Where the bare clones are (or go).")
    parser.add_argument("--clone", action="store_true", help="Clone missing repositories from GitHub.")
    args = parser.parse_args()
    failures = stored = 0
    for path in sorted(PAGES.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        if gold.get("source_corpus"):
            stored += 1  # (no repository holds it: counted apart, not a failure)
            continue
        outcome = rebuild(gold, args.mirrors, args.clone)
        if outcome != "ok":
            failures += 1
            print(f"{gold['id']}: {outcome}", file=sys.stderr)
    rebuilt = len(list(PAGES.glob("*.json"))) - failures - stored
    print(f"{rebuilt} pages rebuilt, {failures} not; {stored} captures kept only in the stored-pages corpus", file=sys.stderr)


if __name__ == "__main__":
    main()
