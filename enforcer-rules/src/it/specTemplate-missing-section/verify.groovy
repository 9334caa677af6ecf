// Every finding of every failing spec, one per line, after the summary; never only the first.
def log = new File(basedir, 'build.log').readLines()
assert log.contains('[ERROR] Rule 0: io.github.specwright.enforcer.SpecTemplate failed with message:')
assert log.contains('[ERROR] 2 specs break the template:')
assert log.findAll { it =~ /^\[ERROR\] \S+:\d+:\d+: \[/ } == [
    "[ERROR] specs/approved/disk-wear-out.rst:21:1: [missing-subsection] section 'Proposed change' is missing subsection 'Alternatives'",
    "[ERROR] specs/approved/disk-wear-out.rst:40:1: [missing-section] missing section 'Testing'",
    "[ERROR] specs/backlog/faster-disk-erasure.rst:16:1: [missing-section] missing section 'Proposed change'",
]
