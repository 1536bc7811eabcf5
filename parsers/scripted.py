"""What a page's scripts print: `document.write` of text the CMS filled in.

TRS-built and similar government templates print header fields through a script, so that
an empty field leaves no label behind: `var pubdata='2020年11月24日'; if(pubdata!=''){
document.write(pubdata);}` after 发布时间：, `if("深圳特区报"!=""){document.write('来源：…')}`.
A browser shows the value; a reader of the markup alone sees an empty label. Only what can
be read without running anything is printed: string literals, variables assigned a
literal, and guards that test one of those for being empty. Anything else (a loop, a
computed value, a function call) leaves the script unprinted, as before.
"""

from __future__ import annotations

import html
import re

WRITE = re.compile(r"document\s*\.\s*write(?:ln)?\s*\(")
ASSIGN = re.compile(r"""(?:\bvar\s+|\blet\s+|\bconst\s+|[;{}\s]|^)([A-Za-z_$][\w$]*)\s*=\s*(?:"([^"\\\n]*)"|'([^'\\\n]*)')\s*(?=[;\n}]|$)""")
TOKEN = re.compile(r"""\s*(?:"([^"\\\n]*)"|'([^'\\\n]*)'|([A-Za-z_$][\w$]*))\s*""")
GUARD = re.compile(r"""\bif\s*\(\s*(?:"([^"\\\n]*)"|'([^'\\\n]*)'|([A-Za-z_$][\w$]*))\s*(?:(!=|!==|==|===)\s*(?:""|''))?\s*\)\s*\{\s*$""")
ANY_GUARD = re.compile(r"\bif\s*\(")
TAG = re.compile(r"<[^>]*>")
# A script printing more than this is not filling in a field.
MAX_PRINTED = 200


def _argument(script: str, at: int, values: dict[str, str]) -> str | None:
    """The value of a write's argument when it is literals and known variables joined by +."""
    parts = []
    while True:
        token = TOKEN.match(script, at)
        if token is None:
            return None
        if token.group(3) is not None:
            if token.group(3) not in values:
                return None
            parts.append(values[token.group(3)])
        else:
            parts.append(token.group(1) if token.group(1) is not None else token.group(2))
        at = token.end()
        if script.startswith("+", at):
            at += 1
        elif script.startswith(")", at):
            return "".join(parts)
        else:
            return None


def _guarded_out(script: str, at: int, values: dict[str, str]) -> bool:
    """Whether an `if` the write stands in is false, or cannot be told (then it is not printed)."""
    before = script[:at]
    opened = before[before.rfind("}") + 1 :]
    if "else" in opened:
        return True  # a later branch of a chain: the first branch that prints is taken
    guard = GUARD.search(opened)
    if guard is None:
        return bool(ANY_GUARD.search(opened))  # a condition of another form
    if guard.group(3) is not None:
        if guard.group(3) not in values:
            return True
        value = values[guard.group(3)]
    else:
        value = guard.group(1) if guard.group(1) is not None else guard.group(2)
    empty = value.strip() == ""
    return empty if guard.group(4) in (None, "!=", "!==") else not empty


def printed(script: str) -> str:
    """The text a script prints (markup taken out), or "" when it prints none that can be read."""
    values = {m.group(1): (m.group(2) if m.group(2) is not None else m.group(3)) for m in ASSIGN.finditer(script)}
    for write in WRITE.finditer(script):
        value = _argument(script, write.end(), values)
        if value is None or _guarded_out(script, write.start(), values):
            continue
        text = html.unescape(TAG.sub(" ", value)).strip()
        if text:
            return text if len(text) <= MAX_PRINTED else ""
    return ""


def print_writes(root) -> None:
    """Put the text the body's scripts print where the scripts stand (before scripts are dropped)."""
    body = root.find("body")
    for script in list((body if body is not None else root).iter("script")):
        source = script.text or ""
        if "write" not in source:
            continue
        text = printed(source)
        if text:
            previous = script.getprevious()
            parent = script.getparent()
            if previous is not None:
                previous.tail = (previous.tail or "") + text
            elif parent is not None:
                parent.text = (parent.text or "") + text
