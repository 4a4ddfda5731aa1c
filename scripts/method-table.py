#!/usr/bin/env python3
"""Prints the README's method table (reference method -> Rust call) from
spec/*.dss and tests/fixtures/reference-methods.txt. Run from the repository
root: python3 scripts/method-table.py"""
import re
from pathlib import Path

root = Path(__file__).resolve().parent.parent
methods = {}  # (owner, name) -> dict
for spec in sorted((root / "spec").glob("*.dss")):
    text = spec.read_text()
    for block in re.finditer(r"^impl (\w+) \{(.*?)^\}", text, re.S | re.M):
        owner, body = block.group(1), block.group(2)
        # an endpoint: name(params) [-> ret] (; | { ... })
        for m in re.finditer(r"^    (\w+)\((.*?)\)\s*(?:->\s*(.*?))?\s*(;|\{)", body, re.S | re.M):
            name, params, ret, end = m.groups()
            params = re.sub(r"///[^\n]*", "", params)
            req, opt = [], []
            for p in [p.strip() for p in params.split(",") if p.strip()]:
                pname, rest = p.split(":", 1)
                (opt if ("=" in rest or "Option<" in rest) else req).append(pname.strip())
            http = ""
            if end == "{":
                v = re.search(r'(GET|POST|PUT|DELETE|PATCH) "([^"]*)"', body[m.end():])
                http = f"{v.group(1)} {v.group(2)}" if v else ""
            methods[(owner, name)] = dict(req=req, opt=opt, ret=(ret or "()").strip(), http=http, sends=end == "{")

def rust_type(ret):
    ret = re.sub(r"\s+from answer.*$", "", ret)
    if re.match(r"^Dss\w+\(|^TemporaryImportHandle\(", ret):
        return ret.split("(")[0]
    kinds = {"stream": "ByteStream", "future": "DssFuture", "text": "String", "()": "()"}
    if ret in kinds:
        return kinds[ret]
    if ret.startswith("save(") or ret.startswith("write("):
        return "u64 (bytes written)"
    w = re.match(r"^wait<(.*)>$", ret)
    if w:
        return f"{w.group(1)} (waits; .start() gives DssFuture)"
    return ret


ref = [l.split() for l in (root / "tests/fixtures/reference-methods.txt").read_text().splitlines()
       if l.strip() and not l.startswith("#")]
print("| dataikuapi | dss-api | HTTP | result |")
print("| --- | --- | --- | --- |")
for owner, name in ref:
    o = "DssClient" if owner == "DSSClient" else owner
    m = methods[(o, name)]
    recv = "client" if o == "DssClient" else "import"
    call = f"{recv}.{name}({', '.join(m['req'])})"
    if m["sends"]:
        call += "".join(f".{p}(..)" for p in m["opt"][:3]) + (".." if len(m["opt"]) > 3 else "") + ".send()"
    ret = rust_type(m["ret"]).replace("|", "\\|")
    print(f"| `{name}` | `{call}` | {('`' + m['http'] + '`') if m['http'] else 'no request'} | `{ret}` |")
