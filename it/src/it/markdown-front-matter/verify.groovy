// specTemplate checks the front matter against the pom's declarations, at the value or key at fault.
def log = new File(basedir, 'build.log').readLines()
def findings = log.findAll { it =~ /^\[(ERROR|WARNING)\] \S+:\d+:\d+: \[/ }
assert log.contains('[ERROR] Rule 0: io.github.specwright.enforcer.SpecTemplate failed with message:')
assert log.contains('[ERROR] 2 specs break the template:')
assert findings == [
    "[ERROR] specs/approved/publish-specs-as-html.md:2:9: [front-matter] front matter key 'status' has the value 'accepted'; expected one of draft, approved, implemented, not-implemented",
    "[ERROR] specs/backlog/spec-search.md:3:1: [front-matter] front matter key 'authors' is empty; give it at least one value",
]
assert log.contains('[INFO] BUILD FAILURE')
