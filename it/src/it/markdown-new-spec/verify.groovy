def spec = new File(basedir, 'specs/approved/my-idea.md')
assert spec.isFile()
assert !new File(basedir, 'specs/approved/my-idea.rst').exists()
String text = spec.getText('UTF-8')
assert text.contains('\n# My idea\n')
assert text.startsWith('---\nstatus: draft\n')
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[INFO] specTemplate: checked 6 files')
// A fresh copy of the template passes; template-text warns (a warning never fails the build) once per
// guidance sentence left in it, and nothing else is reported.
def findings = log.readLines().findAll { it =~ /^\[(ERROR|WARNING)\] \S+:\d+:\d+: / }
assert findings.findAll { !it.contains(' [template-text] ') } == []
assert findings.size() == 54
assert findings[0] == '[WARNING] specs/approved/my-idea.md:21:1: [template-text] this paragraph is the template\'s guidance,' +
        ' word for word: replace it with what this spec proposes, or write "None"'
assert log.contains('BUILD SUCCESS')
