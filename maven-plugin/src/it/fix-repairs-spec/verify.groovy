// Whitespace, adornments and missing sections fixed; the content kept; the changes listed.
def spec = new File(basedir, 'specs/approved/broken.rst').text
assert spec == '''\
======
Broken
======

Problem description
===================

It is broken.

::

        literal text

Testing
=======

None.

Proposed change
===============

None

Alternatives
------------

None
''' : "unexpected fixed text:\n${spec}"
def log = new File(basedir, 'build.log').readLines()
[
    '[INFO] specs/approved/broken.rst: 10 changes',
    '[INFO]   line 8: removed trailing whitespace',
    '[INFO]   line 8: replaced CR LF line end with LF',
    '[INFO]   line 12: replaced tabs in the indentation with spaces',
    '[INFO]   line 12: removed trailing whitespace',
    '[INFO]   line 17: added the missing final newline',
    '[INFO]   line 3: lengthened the underline of "Broken" to 6 characters',
    '[INFO]   line 1: lengthened the overline of "Broken" to 6 characters',
    '[INFO]   line 6: lengthened the underline of "Problem description" to 19 characters',
    '[INFO]   line 17: added the missing section "Proposed change" with the body "None"',
    '[INFO]   line 17: added the missing subsection "Alternatives" with the body "None"',
    '[INFO] Fixed 1 of 2 files.',
    // The second run (invoker.goals runs fix twice) finds nothing left to do.
    '[INFO] Fixed 0 of 2 files.',
].each { assert log.contains(it) : "missing line: ${it}" }
true
