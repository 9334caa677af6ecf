def log = new File(basedir, 'build.log').readLines()
def findings = log.findAll { it =~ /^\[(ERROR|WARNING)\] \S+:\d+:\d+: \[/ }
assert log.contains('[ERROR] 1 file breaks the consistency rules:')
assert findings == [
    '[ERROR] specs/redirects:1:1: [redirect-target] approved/gone.md redirects to ../implemented/gone.md, which does not exist (specs/implemented/gone.md): point it at the spec\'s current path',
]
assert log.contains('[INFO] BUILD FAILURE')
return true
