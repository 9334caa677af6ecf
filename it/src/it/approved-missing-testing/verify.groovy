// The build names the file and the deleted section, and nothing else but template-text warnings.
def log = new File(basedir, 'build.log').readLines()
def findings = log.findAll { it =~ /^\[(ERROR|WARNING)\] \S+:\d+:\d+: \[/ && !it.contains(' [template-text] ') }
// The copy keeps the template's guidance: one template-text warning per sentence, which never fails the build.
assert log.count { it.startsWith('[WARNING] specs/approved/my-idea.rst:') && it.contains(' [template-text] ') } == 52
assert log.contains('[ERROR] 1 spec breaks the template:')
assert findings == [
    "[ERROR] specs/approved/my-idea.rst:246:1: [missing-section] missing section 'Testing'",
]
assert log.contains('[INFO] BUILD FAILURE')
