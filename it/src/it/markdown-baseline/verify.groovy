def baseline = new File(basedir, 'specwright-baseline.json').getText('UTF-8')
assert baseline.contains('{"rule": "trailing-whitespace", "file": "specs/approved/publish-specs-as-html.md", "section": "Problem description", "text": "repository, and links between specs do not work.", "message": "trailing whitespace"}')
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[INFO] Specwright recorded 2 findings in ')
assert log.contains('[INFO] specFormat: 2 findings accepted by the baseline specwright-baseline.json')
assert !(log =~ /(?m)^\[(ERROR|WARNING)\] \S+:\d+:\d+: /)
assert log.contains('BUILD SUCCESS')
return true
