// The build fails on errors and leaves SARIF and JSON reports in target/specwright.
def sarif = new File(basedir, 'target/specwright/findings.sarif')
def json = new File(basedir, 'target/specwright/findings.json')
assert sarif.isFile() && json.isFile()
def log = sarif.text
assert log.contains('"version": "2.1.0"')
assert log.contains('"ruleId": "trailing-whitespace"')
assert log.contains('"uri": "specs/approved/a.rst"')
assert json.text.contains('"ruleId": "missing-section"')
def build = new File(basedir, 'build.log').readLines()
assert build.contains('[ERROR] specs/approved/a.rst:8:6: error [trailing-whitespace] trailing whitespace')
assert build.any { it.contains('Specwright check found ') && it.contains(' errors (listed above; SARIF and JSON in ') }
