// The spec moved, its old URL redirects to the new page, and every rule still passes.
assert !new File(basedir, 'specs/approved/publish-specs-as-html.rst').exists()
assert new File(basedir, 'specs/implemented/publish-specs-as-html.rst').isFile()
assert new File(basedir, 'specs/redirects').getText('UTF-8') ==
        'approved/publish-specs-as-html.rst ../implemented/publish-specs-as-html.rst\n'
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[INFO] move specs/approved/publish-specs-as-html.rst -> specs/implemented/publish-specs-as-html.rst')
assert log.contains("[INFO] specs/redirects: add 'approved/publish-specs-as-html.rst ../implemented/publish-specs-as-html.rst'")
assert log.contains('[INFO] specConsistency: checked ')
assert !(log =~ /(?m)^\[(ERROR|WARNING)\] \S+:\d+:\d+: /)
assert log.contains('BUILD SUCCESS')
def redirect = new File(basedir, 'target/specs-site/specs/approved/publish-specs-as-html.html').getText('UTF-8')
assert redirect.contains('<meta http-equiv="refresh" content="0; url=../implemented/publish-specs-as-html.html"/>')
def page = new File(basedir, 'target/specs-site/specs/implemented/publish-specs-as-html.html').getText('UTF-8')
assert page.contains('Formerly <code>specs/approved/publish-specs-as-html.rst</code>')
return true
