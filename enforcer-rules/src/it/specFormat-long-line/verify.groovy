// specFormat fails on the one line over 79 columns, after a one-line summary.
def log = new File(basedir, 'build.log').readLines()
def findings = log.findAll { it =~ /^\[(ERROR|WARNING)\] \S+:\d+:\d+: \[/ }
assert log.contains('[ERROR] 1 file breaks the formatting rules:')
assert findings == [
    '[ERROR] specs/approved/disk-wear-out.rst:19:80: [line-length] line is 95 characters long; the limit is 79',
]
