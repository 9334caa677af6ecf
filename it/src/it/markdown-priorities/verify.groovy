// prioritiesDocument reads the Markdown priorities document: contacts per row, links to descriptions.
def log = new File(basedir, 'build.log').readLines()
def findings = log.findAll { it =~ /^\[(ERROR|WARNING)\] \S+:\d+:\d+: \[/ }
assert log.contains('[ERROR] Rule 3: io.github.specwright.enforcer.PrioritiesDocument failed with message:')
assert log.contains('[ERROR] 1 priorities document breaks the priorities rules:')
assert findings == [
    // The broken anchor is also a broken fragment link to markupSyntax (markdownlint's MD051).
    '[ERROR] priorities/2027.1-priorities.md:24:3: [md-broken-fragment] the link to #triage-backlog names no heading or anchor of this file; link a heading\'s anchor (its text in lower case, punctuation dropped, spaces as -) or add the anchor',
    '[ERROR] priorities/2027.1-priorities.md:18:65: [priorities-contacts] this row names 3 primary contacts (ci-lead, docs-lead, qa-lead); name at most 2 and list other contributors elsewhere',
    '[ERROR] priorities/2027.1-priorities.md:24:3: [priorities-link] the priority "Triage the backlog" links to #triage-backlog, which is no subsection of the "Details" section; add a subsection titled "Triage the backlog" there or fix the anchor',
    '[ERROR] priorities/2027.1-priorities.md:44:1: [priorities-unlisted] the priority "Triage the backlog" is described here but no priorities table links to it; add a row with [Triage the backlog](#triage-the-backlog) or remove the section',
]
assert !log.any { it.contains('SpecTemplate failed') || it.contains('SpecFormat failed') }
assert log.contains('[INFO] BUILD FAILURE')
