// Front matter findings of Markdown specs, from the declarations in the POM, at the key or value at fault.
def log = new File(basedir, 'build.log').readLines()
assert log.contains('[ERROR] Rule 0: io.github.specwright.enforcer.SpecTemplate failed with message:')
assert log.contains('[ERROR] 2 specs break the template:')
assert log.findAll { it =~ /^\[ERROR\] \S+:\d+:\d+: \[/ } == [
    "[ERROR] specs/approved/faster-erasure.md:2:9: [front-matter] front matter key 'status' has the value 'accepted'; expected one of draft, approved, implemented",
    "[ERROR] specs/approved/faster-erasure.md:3:1: [front-matter] front matter key 'authors' is empty; give it at least one value",
    "[ERROR] specs/approved/faster-erasure.md:4:9: [front-matter] front matter key 'ticket' has the value 'disk-7'; expected a value matching /[A-Z]+-[0-9]+/",
    "[ERROR] specs/backlog/firmware-inventory.md:1:1: [front-matter] the spec has no YAML front matter; start the file with a block between two '---' lines that declares status, authors",
]
