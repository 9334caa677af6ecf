def moved = new File(basedir, 'specs/implemented/publish-specs-as-html.md')
assert moved.isFile()
assert !new File(basedir, 'specs/approved/publish-specs-as-html.md').exists()
assert moved.getText('UTF-8').startsWith('---\nstatus: implemented\n')
assert new File(basedir, 'specs/redirects').getText('UTF-8') ==
        'approved/publish-specs-as-html.md ../implemented/publish-specs-as-html.md\n'
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[INFO] edit specs/implemented/publish-specs-as-html.md: front matter updated')
assert !(log =~ /(?m)^\[(ERROR|WARNING)\] \S+:\d+:\d+: /)
assert log.contains('BUILD SUCCESS')
def redirect = new File(basedir, 'target/specs-site/specs/approved/publish-specs-as-html.html').getText('UTF-8')
assert redirect.contains('url=../implemented/publish-specs-as-html.html')
return true
