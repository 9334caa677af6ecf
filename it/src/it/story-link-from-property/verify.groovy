// The tracker link is written once, as the property specwright.trackerLinkPattern, and the
// template rule reads it (interpolated): a spec linking another tracker fails with its pattern.
def pom = new File(basedir, 'pom.xml').getText('UTF-8')
assert pom.count('\\Q${specwright.trackerUrl}\\E') == 1
def log = new File(basedir, 'build.log').readLines()
def findings = log.findAll { it =~ /^\[(ERROR|WARNING)\] \S+:\d+:\d+: \[/ }
assert log.contains('[ERROR] 1 spec breaks the template:')
assert findings == [
    "[ERROR] specs/approved/publish-specs-as-html.rst:22:1: [story-link] no tracker link before the first section" +
        " 'Problem description'; add the link to the story (a URL matching" +
        " \\Qhttps://github.com/example/example/issues/\\E\\S+) or the line '.. no-tracker-link'",
]
assert log.contains('[INFO] BUILD FAILURE')
