// At WARN level the same findings are printed, and the build passes.
def log = new File(basedir, 'build.log').readLines()
def at = log.indexOf('[WARNING] Rule 0: io.github.specwright.enforcer.SpecFormat warned with message:')
assert at >= 0
assert log[at + 1] == '1 file breaks the formatting rules:'
assert log[at + 2] == 'specs/approved/disk-wear-out.rst:19:80: [line-length] line is 95 characters long, over the limit of 79'
assert log.contains('[INFO] BUILD SUCCESS')
