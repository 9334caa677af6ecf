// specTemplate names the Markdown file and the deleted section, and nothing else.
def log = new File(basedir, 'build.log').readLines()
def findings = log.findAll { it =~ /^\[(ERROR|WARNING)\] \S+:\d+:\d+: \[/ }
assert log.contains('[ERROR] Rule 0: io.github.specwright.enforcer.SpecTemplate failed with message:')
assert log.contains('[ERROR] 1 spec breaks the template:')
assert findings == [
    "[ERROR] specs/approved/my-idea.md:232:1: [missing-section] missing section 'Testing'",
]
assert log.contains('[INFO] BUILD FAILURE')
