// markupSyntax reports the md-* findings of both files, and no other rule fails.
def log = new File(basedir, 'build.log').readLines()
def findings = log.findAll { it =~ /^\[(ERROR|WARNING)\] \S+:\d+:\d+: \[/ }
assert log.contains('[ERROR] Rule 2: io.github.specwright.enforcer.MarkupSyntax failed with message:')
assert log.contains('[ERROR] 2 files break the markup rules:')
assert findings == [
    '[ERROR] README.md:138:1: [md-unclosed-fence] code fence ``` is never closed, so everything to the end of the file reads as code; close it with a line ```',
    '[ERROR] specs/backlog/spec-search.md:32:5: [md-broken-reference] link reference [the search design][search-design] names the label [search-design], which no link definition declares; add a line "[search-design]: <url>" or correct the label',
]
assert !log.any { it.contains('SpecTemplate failed') || it.contains('SpecFormat failed') }
assert log.contains('[INFO] BUILD FAILURE')
