def log = new File(basedir, 'build.log').getText('UTF-8')
assert !(log =~ /(?m)^\[(ERROR|WARNING)\] \S+:\d+:\d+: /)
assert log =~ /\[INFO\] Specwright checked \d+ files: 0 errors, 0 warnings, 1 suppressed in the source; reports in /
assert log.contains('BUILD SUCCESS')
def sarif = new File(basedir, 'target/specwright/findings.sarif').getText('UTF-8')
assert sarif.contains('"ruleId": "line-length"')
assert sarif.contains('"kind": "inSource"')
assert sarif.contains('"justification": "kept word for word"')
return true
