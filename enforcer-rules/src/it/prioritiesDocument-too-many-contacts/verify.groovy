// prioritiesDocument fails on the row that names three primary contacts.
def log = new File(basedir, 'build.log').readLines()
assert log.contains('[ERROR] Rule 0: io.github.specwright.enforcer.PrioritiesDocument failed with message:')
assert log.contains('[ERROR] 1 priorities document breaks the priorities rules:')
assert log.findAll { it =~ /^\[ERROR\] \S+:\d+:\d+: \[/ } == [
    '[ERROR] priorities/release-1-priorities.rst:16:37: [priorities-contacts] this row names 3 primary contacts'
        + ' (carol, dave, erin); name at most 2 and list other contributors elsewhere',
]
