def next = new File(basedir, 'priorities/2027.2-priorities.md')
assert next.isFile()
def text = next.getText('UTF-8')
assert text.startsWith('# 2027.2 Project Priorities\n')
assert text.contains('| Priority | Primary Contacts |\n| --- | --- |\n\n')
def log = new File(basedir, 'build.log').getText('UTF-8')
assert !(log =~ /(?m)^\[(ERROR|WARNING)\] \S+:\d+:\d+: /)
assert log.contains('BUILD SUCCESS')
return true
