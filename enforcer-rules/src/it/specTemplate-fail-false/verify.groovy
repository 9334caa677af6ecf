// -Denforcer.fail=false: the failure is printed as a warning, with every finding, and the build passes.
def log = new File(basedir, 'build.log').readLines()
def at = log.indexOf('[WARNING] Rule 0: io.github.specwright.enforcer.SpecTemplate failed with message:')
assert at >= 0
assert log.subList(at + 1, at + 5) == [
    '2 specs break the template:',
    "specs/approved/disk-wear-out.rst:21:1: [missing-subsection] section 'Proposed change' is missing subsection 'Alternatives'",
    "specs/approved/disk-wear-out.rst:40:1: [missing-section] missing section 'Testing'",
    "specs/backlog/faster-disk-erasure.rst:16:1: [missing-section] missing section 'Proposed change'",
]
assert log.contains('[INFO] BUILD SUCCESS')
