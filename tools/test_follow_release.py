"""Tests of follow_release.py on the small surfaces, catalog and exceptions of
testdata/ (no dataikuapi, no network):

    python3 -m unittest discover -s tools -p 'test_*.py'
"""

import datetime
import glob
import io
import json
import os
import sys
import tempfile
import unittest
import warnings

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import follow_release as fr  # noqa: E402


def data(name):
    with open(os.path.join(HERE, "testdata", name)) as f:
        return json.load(f)


OLD, NEW, CATALOG = data("surface-1.0.json"), data("surface-1.1.json"), data("catalog.json")
EXCEPTIONS = fr.load_exceptions(os.path.join(HERE, "testdata", "exceptions.txt"))


class Names(unittest.TestCase):
    def test_rust_casing_of_dataikuapi_classes(self):
        for py, rust in [("DSSProjectGit", "DssProjectGit"), ("DSSMLTask", "DssMlTask"),
                         ("DSSSQLQuery", "DssSqlQuery"), ("DSSAPIDeployerInfra", "DssApiDeployerInfra"),
                         ("DSSLLM", "DssLlm"), ("TemporaryImportHandle", "TemporaryImportHandle"),
                         ("APINodeClient", "ApiNodeClient")]:
            self.assertEqual(fr.rust_name(py), rust)

    def test_owners_by_name_then_by_ancestor_then_new(self):
        owners = fr.Owners(NEW, fr.Catalog(CATALOG))
        self.assertEqual(owners.of["DSSClient"], ("DssClient", "own"))
        self.assertEqual(owners.of["SQLDatasetSettings"], ("DssDatasetSettings", "base"))
        self.assertEqual(owners.label("SQLDatasetSettings"), "DssDatasetSettings [SQLDatasetSettings]")
        self.assertEqual(owners.of["DSSProjectGit"], ("DssProjectGit", "new"))
        # an ancestor without an owner of its own is compared on its heirs only
        self.assertFalse(owners.compared("DSSTaggableObjectSettings"))
        self.assertTrue(owners.compared("DSSProjectGit"))


class ReleaseDiff(unittest.TestCase):
    def setUp(self):
        self.d = fr.release_diff(OLD, NEW, fr.Catalog(CATALOG), EXCEPTIONS)

    def test_new_and_gone_classes(self):
        self.assertEqual(self.d["new_classes"], ["DssNewThing (dataikuapi.dss.newthing.DSSNewThing, 1 members)"])
        self.assertEqual(self.d["gone_classes"], ["DssGone (dataikuapi.dss.gone.DSSGone)"])
        self.assertEqual(self.d["set_aside"], 1)  # GovernClient: its new member is not listed

    def test_new_and_gone_members(self):
        self.assertEqual(self.d["new"], ["DssClient::new_method(x, y=1)", "DssProjectGit::push(branch_name=None)"])
        self.assertEqual(self.d["gone"], ["DssClient::old_method  [in the catalog]"])

    def test_changed_defaults_parameters_and_deprecation(self):
        self.assertEqual(self.d["changed"], [
            "DssClient::create_thing: kind='A' -> kind='B'  [in the catalog]",
            "DssClient::set_variables: now deprecated",
            "DssProject::delete: -clear_output_managed_folders=False  [in the catalog]",
            "DssDatasetSettings [SQLDatasetSettings]::set_table: +catalog=None  [in the catalog]",
        ])

    def test_a_version_against_itself_has_no_difference(self):
        d = fr.release_diff(NEW, NEW, fr.Catalog(CATALOG), EXCEPTIONS)
        self.assertEqual([d[k] for k in ("new_classes", "gone_classes", "new", "gone", "changed")], [[]] * 5)

    def test_changes_name_the_order_and_the_kind(self):
        self.assertEqual(fr.changes({"kind": "method", "params": ["a", "b"]}, {"kind": "method", "params": ["b", "a"]}),
                         ["order (a, b) -> (b, a)"])
        self.assertEqual(fr.changes({"kind": "method", "params": []}, {"kind": "property", "settable": False}),
                         ["method -> (property)"])


class CatalogDiff(unittest.TestCase):
    def test_names_the_catalog_has_and_dataikuapi_not(self):
        c = fr.catalog_diff(NEW, fr.Catalog(CATALOG))
        # set_tags is the settable property `tags`; helper_request is not dataikuapi's
        self.assertEqual(c["absent"], ["DssClient::old_method", "DssClient::rust_extra"])

    def test_argument_names_presence_and_defaults(self):
        c = fr.catalog_diff(NEW, fr.Catalog(CATALOG))
        self.assertEqual(c["args"], [
            "DssClient::create_thing: kind: catalog default 'A', python default 'B'",
            "DssProject::delete: python only: -; catalog only: clear_output_managed_folders",
            "DssProject::list_jobs: python only: as_type='listitems'; catalog only: -",
            "DssDatasetSettings::set_table: python only: catalog=None; catalog only: -",
        ])

    def test_defaults_compared_as_the_spec_writes_them(self):
        self.assertEqual([fr.canonical(t) for t in ("False", "True", "'ALL'", "[]", "{}", "10", "None")],
                         ["false", "true", "ALL", "[]", "{}", "10", None])

    def test_presence(self):
        e = {"args": [{"name": "a", "presence": "Required"}, {"name": "b", "presence": "Optional"},
                      {"name": "c", "presence": "Env"}, {"name": "d", "presence": "Optional"}]}
        self.assertEqual(fr.arg_diff(e, {"params": ["a=1", "b", "c=None", "d=[]"]}), [
            "a: required in the catalog, python default 1",
            "b: optional in the catalog, required in python",
            "d: catalog default unset, python default []",
        ])


class NotInCatalog(unittest.TestCase):
    def test_excepted_deprecated_and_missing(self):
        n = fr.not_in_catalog(NEW, fr.Catalog(CATALOG), EXCEPTIONS)
        self.assertEqual(n["excepted"], {
            "other server: Govern": {"GovernClient::list_blueprints", "GovernClient::new_thing"},
            "not yet: a test's exception": {"DssProjectGit::list_branches"},
        })
        self.assertEqual(n["deprecated"], {"DssClient::set_variables"})
        self.assertEqual(n["missing"], {"DssClient": {"new_method"}, "DssProject": {"get_settings"},
                                        "DssProjectGit": {"push"}, "DssNewThing": {"go"}})
        self.assertEqual(n["new_owners"], {"DssProjectGit", "DssNewThing"})

    def test_draft_exceptions(self):
        out = io.StringIO()
        fr.draft_exceptions(NEW, CATALOG, EXCEPTIONS, out)
        self.assertEqual([line.split(None, 1) for line in out.getvalue().splitlines()], [
            ["DssClient::new_method", "TODO reason"], ["DssNewThing::*", "TODO reason"],
            ["DssProject::get_settings", "TODO reason"], ["DssProjectGit::*", "TODO reason"]])


class Report(unittest.TestCase):
    def test_the_report_and_its_counts(self):
        out = io.StringIO()
        counts = fr.report(OLD, NEW, CATALOG, EXCEPTIONS, out=out)
        self.assertEqual(counts, {"new": 2, "gone": 1, "changed": 4, "new_classes": 1, "gone_classes": 1,
                                  "absent": 1, "args": 3, "missing": 4, "excepted": 3, "deprecated": 1})
        text = out.getvalue()
        self.assertIn("not imported, so not compared: dataikuapi.dss.langchain", text)
        self.assertIn("in the catalog as dataikuapi's, not in dataikuapi 1.1: 1\n  DssClient::old_method\n"
                      "known exceptions: 1\n      1  dss-api's own method\n", text)
        # list_jobs differed against 1.0 already: counted, not listed
        self.assertIn("arguments that differ as they did against 1.0 (the spec's choices): 1 (--all lists them)", text)
        self.assertNotIn("list_jobs", text)
        self.assertIn("missing: 4 on 4 owners (2 of them not in the catalog)\n", text)
        self.assertIn("  DssProjectGit (new): push\n", text)
        self.assertTrue(text.endswith("not in the catalog: 4 missing, 3 excepted, 1 deprecated\n"))

    def test_exceptions_need_a_reason(self):
        with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as f:
            f.write("DssClient::x\n")
        try:
            with self.assertRaises(SystemExit):
                fr.load_exceptions(f.name)
        finally:
            os.unlink(f.name)


# ---------------------------------------------------------------- introspection
class Base:
    def inherited(self, a):
        """Kept."""

    def overridden(self):
        pass


class Sample(Base):
    def overridden(self, x, y=datetime.date(2020, 1, 2), *args, z=None, **kw):
        pass

    def positional(self, a, /, b=object()):
        pass

    @staticmethod
    def build(a, b=[]):
        pass

    @classmethod
    def make(cls, c=1.5):
        pass

    @property
    def value(self):
        """Deprecated. Use get_value."""

    def old(self):
        warnings.warn("old is deprecated", DeprecationWarning)

    def param_warning(self, flag=None):
        if flag is not None:
            warnings.warn("flag is deprecated", DeprecationWarning)

    def _private(self):
        pass


class Introspection(unittest.TestCase):
    def test_members_and_their_parameters(self):
        m = fr.members(Sample, package=__name__)
        self.assertEqual(sorted(m), ["build", "inherited", "make", "old", "overridden", "param_warning",
                                     "positional", "value"])
        self.assertEqual(m["overridden"]["params"], ["x", "y=datetime.date(...)", "*args", "z=None", "**kw"])
        self.assertEqual(m["positional"]["params"], ["a", "/", "b=<object object>"])
        self.assertEqual(m["build"], {"kind": "static", "params": ["a", "b=[]"]})
        self.assertEqual(m["make"], {"kind": "class", "params": ["c=1.5"]})
        self.assertEqual(m["inherited"], {"kind": "method", "params": ["a"]})
        self.assertEqual(m["value"], {"kind": "property", "settable": False, "deprecated": True})
        self.assertTrue(m["old"].get("deprecated"))
        self.assertNotIn("deprecated", m["param_warning"])

    def test_deprecation_in_docstrings(self):
        yes = ["Deprecated, use :meth:`x`", "Get it.\n\n.. caution::\n\n    Deprecated. Use y",
               "Get it.\n\n.. deprecated:: 13.0.0\n    Use y", "Top tokens. Deprecated: use topK",
               "\n    DEPRECATED ... DEPRECATED\n    Whether", ".. caution:: Deprecated. Use z"]
        no = ["Return an INSTALL_DEPRECATED_PYTHON action", ":param x: Deprecated, use y instead",
              "* **type**: deprecated, type of the cell", "Set the deprecated option", None]
        self.assertEqual([d for d in yes if not fr.doc_says_deprecated(d)], [])
        self.assertEqual([d for d in no if fr.doc_says_deprecated(d)], [])

    def test_a_dump_reads_back_as_the_same_surface(self):
        self.assertEqual(json.loads(fr.dump_surface(NEW)), NEW)


class Baseline(unittest.TestCase):
    def test_one_baseline_named_after_its_version_as_the_tool_writes_it(self):
        paths = glob.glob(os.path.join(HERE, "dataikuapi-*-surface.json"))
        self.assertEqual(len(paths), 1, "tools/ holds one baseline surface, the spec's version's: %s" % paths)
        with open(paths[0]) as f:
            text = f.read()
        surf = json.loads(text)
        self.assertEqual(os.path.basename(paths[0]), "dataikuapi-%s-surface.json" % surf["dataikuapi"])
        self.assertEqual(fr.dump_surface(surf), text)
        self.assertGreater(len(surf["classes"]), 100)


if __name__ == "__main__":
    unittest.main()
