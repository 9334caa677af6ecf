// A clear refusal naming every bad value, and nothing left behind.
def log = new File(basedir, 'build.log').readLines()
def expected = [
    "[ERROR]   - projectName 'Bad `Name`_' contains reStructuredText markup characters: `",
    "[ERROR]   - projectName 'Bad `Name`_' must not end with '_' or ':' (reStructuredText markup)",
    "[ERROR]   - trackerUrl 'ftp://tracker.example.org/' is not an http(s) URL without spaces, e.g. -DtrackerUrl=https://github.com/org/project/issues/",
    "[ERROR]   - release 'first release' must be at most 30 letters, digits, '.', '_' or '-', starting with a letter or digit, e.g. -Drelease=2027.1",
    "[ERROR]   - format 'md' is not rst or markdown: -Dformat=rst (reStructuredText specs, the default) or -Dformat=markdown",
    "[ERROR] Nothing was generated. Fix the value(s) and run archetype:generate again.",
]
expected.each { assert log.contains(it) : "missing line: ${it}" }
assert log.any { it.contains('Specwright archetype: cannot generate bad-specs:') }
assert !new File(basedir, 'bad-specs').exists() : 'a refused repository must not be left half-written'
