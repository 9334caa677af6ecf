// A short spec still needs both "Problem description" and "Proposed change".
def log = new File(basedir, 'build.log').readLines()
def findings = log.findAll { it =~ /^\[(ERROR|WARNING)\] \S+:\d+:\d+: \[/ }
assert log.contains('[ERROR] 1 spec breaks the template:')
assert findings == [
    "[ERROR] specs/backlog/spec-search.rst:23:1: [missing-section] missing section 'Proposed change'",
]
assert log.contains('[INFO] BUILD FAILURE')
