// The hard line break keeps its meaning as a backslash; the other whitespace is gone.
String text = new File(basedir, 'specs/backlog/spec-search.md').getText('UTF-8')
assert text.contains('\nOnce there are many specs, finding the one that mentions a given feature\\\n')
assert text.contains('\n## Proposed change\n')
assert text.endsWith('the pages.\n')
assert !text.contains('\r')
def log = new File(basedir, 'build.log').getText('UTF-8')
assert !(log =~ /(?m)^\[(ERROR|WARNING)\] \S+:\d+:\d+: /)
assert log.contains('BUILD SUCCESS')
