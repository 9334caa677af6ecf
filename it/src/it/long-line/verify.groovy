// The build names the file, the line and the column where the line goes over 79.
def log = new File(basedir, 'build.log').readLines()
def findings = log.findAll { it =~ /^\[(ERROR|WARNING)\] \S+:\d+:\d+: \[/ }
assert log.contains('[ERROR] 1 file breaks the formatting rules:')
assert findings == [
    '[ERROR] specs/approved/publish-specs-as-html.rst:25:80: [line-length] line is 120 characters long, over the limit of 79',
]
assert log.contains('[INFO] BUILD FAILURE')
