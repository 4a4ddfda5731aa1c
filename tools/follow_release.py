"""Follows dataikuapi's releases: compares a version's public surface with the
spec's version and with dss-api's endpoint catalog.  `tools/follow-release`
runs it; see the README's "Following dataikuapi's releases".

    python follow_release.py surface
        (with dataikuapi importable) its public classes and members as JSON
    python follow_release.py report --baseline B --surface S --catalog C --exceptions E
        what is new, gone or changed in S against the baseline surface B (the
        spec's version), and S against the catalog C (`catalog_json` example)
    python follow_release.py draft-exceptions --surface S --catalog C --exceptions E
        the members of S that the catalog lacks and no exception covers, as
        lines of the exceptions file, each with a guessed reason to review

Names are the README table's: the Rust owner (`DssProjectGit` for
`DSSProjectGit`) and dataikuapi's member name (`DssProjectGit::push`).
Only `surface` imports dataikuapi; the rest needs nothing but Python 3.
"""

import argparse
import ast
import fnmatch
import json
import re
import sys

# Modules of clients for servers other than DSS: a reason guessed by
# draft-exceptions, never applied by itself.
OTHER_SERVERS = ("dataikuapi.apinode*", "dataikuapi.fm*", "dataikuapi.govern*", "dataikuapi.launchpad*",
                 "dataikuapi.agentmanagement*")


# ---------------------------------------------------------------- surface (imports dataikuapi)
def surface():
    """{"dataikuapi": version, "classes": {name: class}, "not_imported": {module: error}}.
    A class: its `name`, `module`, `deprecated` when it is, `bases` (its
    dataikuapi ancestors, nearest first) and `members`:
    {name: {"kind": method|static|class|property, "params": [..] (not for a
    property), "settable": .. (a property), "deprecated": true when it is}}."""
    import importlib
    import importlib.metadata
    import inspect
    import pkgutil
    import warnings
    import dataikuapi

    warnings.simplefilter("ignore")
    found, not_imported = [], {}
    for info in pkgutil.walk_packages(dataikuapi.__path__, "dataikuapi.", onerror=lambda name: None):
        if any(part.startswith("_") for part in info.name.split(".")):
            continue
        try:
            module = importlib.import_module(info.name)
        except Exception as e:  # an optional dependency (langchain) is not installed
            not_imported[info.name] = "%s: %s" % (type(e).__name__, e)
            continue
        for name, value in sorted(vars(module).items()):
            if inspect.isclass(value) and value.__module__ == module.__name__ and not name.startswith("_"):
                found.append((name, module.__name__, value))
    counts = {}
    for name, _, _ in found:
        counts[name] = counts.get(name, 0) + 1
    classes = {}
    for name, module, cls in found:
        key = name if counts[name] == 1 else "%s.%s" % (module, name)
        classes[key] = {"name": name, "module": module}
        if is_deprecated(cls.__init__) or doc_says_deprecated(cls.__doc__):
            classes[key]["deprecated"] = True
        classes[key]["bases"] = [b.__name__ for b in cls.__mro__[1:] if b.__module__.startswith("dataikuapi")]
        classes[key]["members"] = members(cls)
    return {"dataikuapi": importlib.metadata.version("dataiku-api-client"),
            "classes": dict(sorted(classes.items())), "not_imported": not_imported}


def members(cls, package="dataikuapi"):
    """The public members of a class and of its bases of the same package,
    the nearest definition of each."""
    out = {}
    for klass in cls.__mro__:
        if not klass.__module__.startswith(package):
            continue
        for name, raw in vars(klass).items():
            if name.startswith("_") or name in out:
                continue
            if isinstance(raw, property):
                out[name] = {"kind": "property", "settable": raw.fset is not None}
                if doc_says_deprecated(raw.fget.__doc__ if raw.fget else None):
                    out[name]["deprecated"] = True
            elif isinstance(raw, (staticmethod, classmethod)) or callable(raw) and hasattr(raw, "__code__"):
                func = raw.__func__ if isinstance(raw, (staticmethod, classmethod)) else raw
                kind = "static" if isinstance(raw, staticmethod) else "class" if isinstance(raw, classmethod) \
                    else "method"
                out[name] = {"kind": kind, "params": params(func, skip_first=kind != "static")}
                if is_deprecated(func):
                    out[name]["deprecated"] = True
    return dict(sorted(out.items()))


def params(func, skip_first):
    """Parameters as written in a signature, without annotations:
    `name`, `name=default`, `*args`, `**kwargs` and the `*` and `/` marks."""
    import inspect
    try:
        sig = inspect.signature(func)
    except (TypeError, ValueError):
        return ["..."]
    ps = list(sig.parameters.values())[1 if skip_first else 0:]
    out, star = [], False
    for i, p in enumerate(ps):
        if p.kind == p.KEYWORD_ONLY and not star:
            out.append("*")
            star = True
        if p.kind == p.VAR_POSITIONAL:
            out.append("*" + p.name)
            star = True
        elif p.kind == p.VAR_KEYWORD:
            out.append("**" + p.name)
        elif p.default is p.empty:
            out.append(p.name)
        else:
            out.append("%s=%s" % (p.name, default_text(p.default)))
        if p.kind == p.POSITIONAL_ONLY and (i + 1 == len(ps) or ps[i + 1].kind != p.POSITIONAL_ONLY):
            out.append("/")
    return out


def default_text(value):
    """A default as written in a signature; a date or time computed when the
    module was imported (`to_date=datetime.now()`) is only its type, and an
    object's address is left out, so that two imports give the same text."""
    import datetime
    if isinstance(value, (datetime.date, datetime.time)):
        return "%s.%s(...)" % (type(value).__module__, type(value).__name__)
    return re.sub(r" at 0x[0-9a-fA-F]+", "", repr(value))


def doc_says_deprecated(doc):
    """A docstring with a line that starts with "Deprecated" (after a note's
    `.. caution::`, say) or a sentence that does; "the deprecated option",
    ":param x: Deprecated, use y" and "**type**: deprecated" are not."""
    if not doc:
        return False
    line = re.search(r"^\s*(?:\.\.\s+(?:[a-z]+::\s*)?)?deprecated\b", doc, re.I | re.M)
    return line is not None or re.search(r"\.\s+Deprecated\b", doc) is not None


def is_deprecated(func):
    """The docstring says so, or the body warns of it unconditionally (a
    warning under an `if` is about one of its parameters)."""
    import inspect
    import textwrap
    if not callable(func) or not hasattr(func, "__code__"):
        return False
    if doc_says_deprecated(func.__doc__):
        return True
    try:
        tree = ast.parse(textwrap.dedent(inspect.getsource(func)))
    except (OSError, TypeError, SyntaxError):
        return False
    body = tree.body[0].body if tree.body and hasattr(tree.body[0], "body") else []
    for stmt in body:
        if isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Call):
            f = stmt.value.func
            if getattr(f, "attr", getattr(f, "id", None)) == "warn" and "DeprecationWarning" in ast.dump(stmt):
                return True
    return False


def dump_surface(surf):
    """JSON text with one line per member, so that a diff of two snapshots
    reads member by member."""
    classes = []
    for key, c in surf["classes"].items():
        head = {k: v for k, v in c.items() if k != "members"}
        lines = ["   %s: %s" % (json.dumps(m), json.dumps(info)) for m, info in c["members"].items()]
        classes.append("  %s: %s, \"members\": {%s}}" % (
            json.dumps(key), json.dumps(head)[:-1], "\n" + ",\n".join(lines) + "\n  " if lines else ""))
    return "{\"dataikuapi\": %s,\n \"not_imported\": %s,\n \"classes\": {\n%s\n }\n}\n" % (
        json.dumps(surf["dataikuapi"]), json.dumps(surf["not_imported"]), ",\n".join(classes))


# ---------------------------------------------------------------- names
def rust_name(py_class):
    """The Rust casing of a dataikuapi class: `DSSProjectGit` -> `DssProjectGit`,
    `DSSMLTask` -> `DssMlTask`, `DSSSQLQuery` -> `DssSqlQuery`."""
    head, rest = ("Dss", py_class[3:]) if py_class.startswith("DSS") else ("", py_class)
    words = re.findall(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|[0-9]+", rest)
    return head + "".join(w[:1].upper() + w[1:].lower() for w in words)


def bare(method):
    return method[2:] if method.startswith("r#") else method


class Catalog:
    """The catalog's owners and, per owner, its dataikuapi names."""

    def __init__(self, catalog):
        self.endpoints = [e for e in catalog["endpoints"] if e.get("dataikuapi")]
        owners = [e["owner"] for e in catalog["endpoints"]] + list(catalog.get("handles", []))
        self.by_lower = {o.lower(): o for o in owners}
        self.names = {}
        for e in self.endpoints:
            self.names.setdefault(e["owner"], {})[bare(e["method"])] = e


class Owners:
    """The Rust owner of each class of a surface, as the README names it:
    the catalog's owner of the same name (case aside), else the owner of its
    nearest dataikuapi ancestor that has one (`SQLDatasetSettings` is
    `DssDatasetSettings` in Rust), else its Rust casing (a new owner)."""

    def __init__(self, surf, catalog):
        self.of = {}
        for key, c in surf["classes"].items():
            own = catalog.by_lower.get(c["name"].lower())
            base = next((catalog.by_lower[b.lower()] for b in c.get("bases", []) if b.lower() in catalog.by_lower),
                        None)
            self.of[key] = (own, "own") if own else (base, "base") if base else (rust_name(c["name"]), "new")
        self.bases = {b for c in surf["classes"].values() for b in c.get("bases", [])}
        self.surf = surf

    def label(self, key):
        """`DssDataset`, or `DssDatasetSettings [SQLDatasetSettings]` for a subclass."""
        owner, how = self.of[key]
        return owner if how != "base" else "%s [%s]" % (owner, self.surf["classes"][key]["name"])

    def compared(self, key):
        """Whether a class's members are compared one by one: not for an
        ancestor of other classes that has no owner of its own (an abstract
        base: its members are compared on the classes that inherit them)."""
        return not (self.of[key][1] == "new" and self.surf["classes"][key]["name"] in self.bases)


# ---------------------------------------------------------------- exceptions
def load_exceptions(path):
    """[(pattern, reason)]: `Owner::member` globs (Rust owner, `*` for any
    member) or module globs (`dataikuapi.fm*`); every line needs its reason."""
    out = []
    with open(path) as f:
        for n, line in enumerate(f, 1):
            line = line.split("#", 1)[0].strip()
            if not line:
                continue
            parts = line.split(None, 1)
            if len(parts) != 2:
                raise SystemExit("%s:%d: a pattern and its reason, please: %r" % (path, n, line))
            out.append((parts[0], parts[1].strip()))
    return out


def exception_for(exceptions, owner, member, module):
    for pattern, reason in exceptions:
        target = module if pattern.startswith("dataikuapi") else "%s::%s" % (owner, member)
        if fnmatch.fnmatchcase(target, pattern):
            return reason
    return None


# ---------------------------------------------------------------- comparisons
def shape(info):
    if info["kind"] == "property":
        return " (property%s)" % (", settable" if info.get("settable") else "")
    return "(%s)" % ", ".join(info.get("params", []))


def release_diff(old, new, catalog, exceptions):
    """What changed from surface `old` to surface `new`: new and gone classes
    and members, changed signatures, defaults and deprecations; classes of
    modules that the exceptions set aside (other servers) are only counted."""
    out = {"new_classes": [], "gone_classes": [], "new": [], "gone": [], "changed": [], "set_aside": 0}
    oc, nc = old["classes"], new["classes"]
    oo, no = Owners(old, catalog), Owners(new, catalog)

    def aside(c):
        return any(p.startswith("dataikuapi") and fnmatch.fnmatchcase(c["module"], p) for p, _ in exceptions)
    for key in sorted(set(nc) | set(oc)):
        c = nc.get(key) or oc[key]
        if aside(c):
            out["set_aside"] += 1
        elif key not in oc:
            out["new_classes"].append("%s (%s.%s, %d members)" % (no.label(key), c["module"], c["name"],
                                                                  len(c["members"])))
        elif key not in nc:
            out["gone_classes"].append("%s (%s.%s)%s" % (oo.label(key), c["module"], c["name"],
                                                         "  [an owner of the catalog]" if oo.of[key][1] == "own"
                                                         else ""))
        elif no.compared(key):
            members_diff(out, no.label(key), oc[key]["members"], nc[key]["members"],
                         catalog.names.get(no.of[key][0], {}))
    return out


def members_diff(out, label, om, nm, in_catalog):
    """Appends to `out` the new, gone and changed members of one class."""
    def mark(m):
        return "  [in the catalog]" if m in in_catalog else ""
    for m in sorted(set(nm) - set(om)):
        out["new"].append("%s::%s%s" % (label, m, shape(nm[m])))
    for m in sorted(set(om) - set(nm)):
        out["gone"].append("%s::%s%s" % (label, m, mark(m)))
    for m in sorted(set(om) & set(nm)):
        what = changes(om[m], nm[m])
        if what:
            out["changed"].append("%s::%s: %s%s" % (label, m, "; ".join(what), mark(m)))


def changes(a, b):
    """How a member changed: its kind, its parameters one by one (`+name`
    added, `-name` removed, `name=1 -> name=2`, the order), its deprecation."""
    what = []
    if a["kind"] != b["kind"] or a.get("settable") != b.get("settable"):
        what.append("%s -> %s" % (shape(a).strip() if a["kind"] == "property" else a["kind"],
                                  shape(b).strip() if b["kind"] == "property" else b["kind"]))
    pa, pb = a.get("params", []), b.get("params", [])
    if pa != pb:
        na = {p.partition("=")[0]: p for p in pa}
        nb = {p.partition("=")[0]: p for p in pb}
        what += ["-" + na[n] for n in na if n not in nb] + ["+" + nb[n] for n in nb if n not in na]
        what += ["%s -> %s" % (na[n], nb[n]) for n in na if n in nb and na[n] != nb[n]]
        if [n for n in na if n in nb] != [n for n in nb if n in na]:
            what.append("order (%s) -> (%s)" % (", ".join(pa), ", ".join(pb)))
    if bool(a.get("deprecated")) != bool(b.get("deprecated")):
        what.append("now deprecated" if b.get("deprecated") else "no longer deprecated")
    return what


def split_param(p):
    """(name, has a default, the default's text) of a parameter; None for
    `*`, `/`, `*args` and `**kwargs`."""
    if p in ("/", "...") or p.startswith("*"):
        return None
    name, eq, default = p.partition("=")
    return name, bool(eq), default if eq else None


def canonical(literal):
    """A Python default's text as the spec writes defaults (`False` -> `false`,
    `'ALL'` -> `ALL`, `[]`); None for `None`."""
    try:
        v = ast.literal_eval(literal)
    except (ValueError, SyntaxError):
        return literal
    if v is None:
        return None
    if isinstance(v, bool):
        return "true" if v else "false"
    return v if isinstance(v, str) else json.dumps(v)


def catalog_diff(surf, catalog):
    """The catalog against a surface: its dataikuapi names that no class of
    the owner has (a settable property's `set_` setter counts as the
    property), and arguments whose names, presence or defaults differ."""
    owners = Owners(surf, catalog)
    py = {}
    for how in ("own", "base"):
        for key, c in surf["classes"].items():
            owner, h = owners.of[key]
            if h == how:
                for m, info in c["members"].items():
                    py.setdefault(owner, {}).setdefault(m, info)
    absent, args = [], []
    for e in catalog.endpoints:
        name, members = bare(e["method"]), py.get(e["owner"], {})
        info = members.get(name)
        if info is None:
            prop = members.get(name[4:]) if name.startswith("set_") else None
            if not (prop and prop["kind"] == "property" and prop.get("settable")):
                absent.append("%s::%s" % (e["owner"], name))
        elif info["kind"] != "property":
            args.extend("%s::%s: %s" % (e["owner"], name, d) for d in arg_diff(e, info))
    return {"absent": absent, "args": args}


def arg_diff(e, info):
    ps = [s for s in map(split_param, info.get("params", [])) if s]
    py = {n: (has, d) for n, has, d in ps}
    rust = [bare(a["name"]) for a in e["args"]]
    out = []
    only_py = [n + ("=" + d if has else "") for n, has, d in ps if n not in rust]
    only_rust = [n for n in rust if n not in py]
    if only_py or only_rust:
        out.append("python only: %s; catalog only: %s" % (", ".join(only_py) or "-", ", ".join(only_rust) or "-"))
    if e.get("hand_written"):
        return out  # a hand-written method declares its names; its defaults are in its docs
    for a in e["args"]:
        n = bare(a["name"])
        if n not in py:
            continue
        has, d = py[n]
        pres = a["presence"]
        if pres == "Required" and has:
            out.append("%s: required in the catalog, python default %s" % (n, d))
        elif pres != "Required" and not has:
            out.append("%s: optional in the catalog, required in python" % n)
        elif pres == "Default" and canonical(d) != a.get("default"):
            out.append("%s: catalog default %r, python default %s" % (n, a.get("default"), d))
        elif pres in ("Optional", "Env") and canonical(d) is not None:
            out.append("%s: catalog default unset, python default %s" % (n, d))
    return out


def not_in_catalog(surf, catalog, exceptions):
    """The surface's members that the catalog lacks, in three groups:
    `excepted` {reason: [Owner::member]}, `deprecated` [Owner::member] and
    `missing` {owner: {member}}; and `new_owners`, the owners of `missing`
    that the catalog does not have."""
    owners = Owners(surf, catalog)
    out = {"excepted": {}, "deprecated": set(), "missing": {}, "new_owners": set()}
    for key, c in surf["classes"].items():
        if not owners.compared(key):
            continue
        owner, how = owners.of[key]
        for m, info in c["members"].items():
            if m in catalog.names.get(owner, {}):
                continue
            label = "%s::%s" % (owner, m)
            reason = exception_for(exceptions, owner, m, c["module"])
            if reason:
                out["excepted"].setdefault(reason, set()).add(label)
            elif info.get("deprecated") or c.get("deprecated"):
                out["deprecated"].add(label)
            else:
                out["missing"].setdefault(owner, set()).add(m)
                if how == "new":
                    out["new_owners"].add(owner)
    for reason, labels in out["excepted"].items():
        out["deprecated"] -= labels
    return out


# ---------------------------------------------------------------- report
def report(baseline, surf, catalog_json, exceptions, all_known=False, out=sys.stdout):
    """Writes the report; answers its counts."""
    catalog = Catalog(catalog_json)
    old_v, new_v = baseline["dataikuapi"], surf["dataikuapi"]
    w = out.write
    w("dataikuapi %s against the spec's version (%s) and dss-api's catalog (%d dataikuapi methods on %d owners)\n"
      % (new_v, old_v, len(catalog.endpoints), len(catalog.names)))
    if surf.get("not_imported"):
        w("not imported, so not compared: %s\n" % ", ".join("%s (%s)" % kv for kv in sorted(surf["not_imported"].items())))

    d = release_diff(baseline, surf, catalog, exceptions)
    w("\n== 1. dataikuapi %s against %s\n" % (new_v, old_v))
    for key, title in (("new_classes", "new classes"), ("gone_classes", "gone classes"), ("new", "new members"),
                       ("gone", "gone members"), ("changed", "changed signatures, defaults or deprecation")):
        section(w, title, d[key])
    w("(classes of the modules the exceptions set aside, not compared: %d)\n" % d["set_aside"])

    c = catalog_diff(surf, catalog)
    known = set(catalog_diff(baseline, catalog)["args"]) if old_v != new_v else set(c["args"])
    fresh = [a for a in c["args"] if a not in known]
    absent, own = [], {}
    for label in c["absent"]:
        owner, member = label.split("::")
        reason = exception_for(exceptions, owner, member, "")
        if reason is None:
            absent.append(label)
        else:
            own.setdefault(reason, []).append(label)
    w("\n== 2. the catalog against dataikuapi %s\n" % new_v)
    section(w, "in the catalog as dataikuapi's, not in dataikuapi %s" % new_v, absent)
    w("known exceptions: %d\n" % sum(len(v) for v in own.values()))
    for reason, labels in sorted(own.items()):
        w("  %5d  %s\n" % (len(labels), reason))
    section(w, "arguments that differ (names, presence, defaults), not so against %s" % old_v, fresh)
    w("arguments that differ as they did against %s (the spec's choices): %d%s\n" % (
        old_v, len(c["args"]) - len(fresh), "" if all_known else " (--all lists them)"))
    if all_known:
        for a in c["args"]:
            if a in known:
                w("  %s\n" % a)

    n = not_in_catalog(surf, catalog, exceptions)
    n_missing = sum(len(v) for v in n["missing"].values())
    n_excepted = sum(len(v) for v in n["excepted"].values())
    w("\n== 3. dataikuapi %s's members that the catalog lacks\n" % new_v)
    w("known exceptions: %d\n" % n_excepted)
    for reason, names in sorted(n["excepted"].items()):
        w("  %5d  %s\n" % (len(names), reason))
    w("deprecated in dataikuapi (not to be added): %d\n" % len(n["deprecated"]))
    w("missing: %d on %d owners (%d of them not in the catalog)\n" % (n_missing, len(n["missing"]),
                                                                    len(n["new_owners"])))
    for owner in sorted(n["missing"]):
        w("  %s%s: %s\n" % (owner, " (new)" if owner in n["new_owners"] else "", ", ".join(sorted(n["missing"][owner]))))

    counts = {"new": len(d["new"]), "gone": len(d["gone"]), "changed": len(d["changed"]),
              "new_classes": len(d["new_classes"]), "gone_classes": len(d["gone_classes"]),
              "absent": len(absent), "args": len(fresh), "missing": n_missing, "excepted": n_excepted,
              "deprecated": len(n["deprecated"])}
    w("\nsummary: against %s: %d new, %d gone, %d changed members, %d new and %d gone classes; "
      "the catalog: %d names not in %s, %d new argument differences; not in the catalog: %d missing, "
      "%d excepted, %d deprecated\n" % (old_v, counts["new"], counts["gone"], counts["changed"],
                                        counts["new_classes"], counts["gone_classes"], counts["absent"], new_v,
                                        counts["args"], n_missing, n_excepted, counts["deprecated"]))
    return counts


def section(w, title, items):
    w("%s: %d\n" % (title, len(items)))
    for item in items:
        w("  %s\n" % item)


def draft_exceptions(surf, catalog_json, exceptions, out=sys.stdout):
    """Lines for the exceptions file, one per missing member (`Owner::*` for
    an owner the catalog does not have), the reason guessed: to review."""
    catalog = Catalog(catalog_json)
    owners = Owners(surf, catalog)
    modules = {owners.of[k][0]: c["module"] for k, c in surf["classes"].items()}
    missing = not_in_catalog(surf, catalog, exceptions)
    for owner in sorted(missing["missing"]):
        module = modules.get(owner, "")
        reason = "other server" if any(fnmatch.fnmatchcase(module, p) for p in OTHER_SERVERS) else "TODO reason"
        names = ["*"] if owner in missing["new_owners"] else sorted(missing["missing"][owner])
        for m in names:
            out.write("%-64s %s\n" % ("%s::%s" % (owner, m), reason))


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("command", choices=("surface", "report", "draft-exceptions"))
    ap.add_argument("--baseline", help="the spec's version's surface (report)")
    ap.add_argument("--surface", help="the surface of the version to compare")
    ap.add_argument("--catalog", help="the catalog as JSON (the catalog_json example)")
    ap.add_argument("--exceptions", help="the exceptions file")
    ap.add_argument("--all", action="store_true", help="report: also list the argument differences already there")
    a = ap.parse_args(argv)
    if a.command == "surface":
        sys.stdout.write(dump_surface(surface()))
        return 0
    for n in ["surface", "catalog", "exceptions"] + (["baseline"] if a.command == "report" else []):
        if not getattr(a, n):
            ap.error("%s needs --%s" % (a.command, n))

    def load(path):
        with open(path) as f:
            return json.load(f)
    if a.command == "report":
        report(load(a.baseline), load(a.surface), load(a.catalog), load_exceptions(a.exceptions), a.all)
    else:
        draft_exceptions(load(a.surface), load(a.catalog), load_exceptions(a.exceptions))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
