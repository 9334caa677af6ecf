// rstSyntax reports what docutils warns about: an underline shorter than its title.
def log = new File(basedir, 'build.log').readLines()
assert log.contains('[ERROR] Rule 0: io.github.specwright.enforcer.RstSyntax failed with message:')
assert log.contains('[ERROR] 1 file breaks reStructuredText syntax:')
assert log.findAll { it =~ /^\[ERROR\] \S+:\d+:\d+: \[/ } == [
    "[ERROR] specs/approved/disk-wear-out.rst:17:1: [rst-title-underline] title 'Problem description' has an underline of 13 characters; it needs at least 19",
]
