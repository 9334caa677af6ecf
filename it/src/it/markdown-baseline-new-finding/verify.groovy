def log = new File(basedir, 'build.log').readLines()
def findings = log.findAll { it =~ /^\[(ERROR|WARNING)\] \S+:\d+:\d+: \[/ }
assert findings == [
    '[WARNING] specwright-baseline.json:4:1: [stale-baseline-entry] no trailing-whitespace finding in specs/approved/publish-specs-as-html.md matches this entry any more (it was fixed, or its text changed): remove the entry, or make the baseline again with \'specwright baseline\'',
    '[ERROR] specs/approved/publish-specs-as-html.md:30:49: [trailing-whitespace] trailing whitespace',
]
assert log.contains('[INFO] specFormat: 1 finding accepted by the baseline specwright-baseline.json')
assert log.contains('[ERROR] 1 file breaks the formatting rules:')
assert log.contains('[INFO] BUILD FAILURE')
return true
