// specFormat fails on a line over 79 columns and on trailing whitespace, listing both.
def log = new File(basedir, 'build.log').readLines()
assert log.contains('[ERROR] Rule 0: io.github.specwright.enforcer.SpecFormat failed with message:')
assert log.contains('[ERROR] 2 files break the formatting rules:')
assert log.findAll { it =~ /^\[ERROR\] \S+:\d+:\d+: \[/ } == [
    '[ERROR] specs/approved/disk-wear-out.rst:19:80: [line-length] line is 95 characters long, over the limit of 79',
    '[ERROR] specs/backlog/faster-disk-erasure.rst:16:33: [trailing-whitespace] trailing whitespace',
]
