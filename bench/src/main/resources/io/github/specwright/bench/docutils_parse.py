"""Parse the files named on standard input with docutils, the reference implementation.

Prints the seconds spent parsing (interpreter start-up and imports excluded) on stdout.
Sphinx's common directives and roles are registered as no-ops so that specs written for
Sphinx parse as they would in a Sphinx build.
"""
import sys
import time

import docutils.core
from docutils.parsers.rst import Directive, directives, roles


class _Passthrough(Directive):
    has_content = True
    optional_arguments = 10
    final_argument_whitespace = True
    option_spec = None

    def run(self):
        return []


def _role(name, rawtext, text, lineno, inliner, options=None, content=None):
    return [], []


for _name in ("toctree", "code-block", "sourcecode", "literalinclude", "glossary", "index",
              "only", "versionadded", "versionchanged", "deprecated", "seealso", "todo",
              "centered", "hlist", "highlight", "graphviz", "blockdiag", "seqdiag", "nwdiag"):
    directives.register_directive(_name, _Passthrough)
for _name in ("doc", "ref", "term", "command", "file", "program", "option", "envvar",
              "samp", "kbd", "guilabel", "menuselection", "abbr", "py:class", "py:func",
              "py:meth", "class", "func", "meth", "mod", "attr", "exc", "download", "numref"):
    roles.register_local_role(_name, _role)

paths = [line.strip() for line in sys.stdin if line.strip()]
texts = [open(p, encoding="utf-8").read() for p in paths]
settings = {"report_level": 5, "halt_level": 5, "warning_stream": False}
start = time.perf_counter()
for path, text in zip(paths, texts):
    docutils.core.publish_doctree(text, source_path=path, settings_overrides=settings)
print(f"{time.perf_counter() - start:.3f}")
