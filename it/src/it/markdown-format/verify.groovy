// specFormat names the line and column of each problem in the Markdown spec.
def log = new File(basedir, 'build.log').readLines()
def findings = log.findAll { it =~ /^\[(ERROR|WARNING)\] \S+:\d+:\d+: \[/ }
assert log.contains('[ERROR] Rule 1: io.github.specwright.enforcer.SpecFormat failed with message:')
assert log.contains('[ERROR] 1 file breaks the formatting rules:')
assert findings == [
    '[ERROR] specs/approved/publish-specs-as-html.md:28:80: [line-length] line is 86 characters long, over the limit of 79',
    '[ERROR] specs/approved/publish-specs-as-html.md:30:49: [trailing-whitespace] trailing whitespace',
]
assert log.contains('[INFO] BUILD FAILURE')
