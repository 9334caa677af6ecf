// Every rule ran over the Markdown repository and found nothing; the site rendered the specs.
def log = new File(basedir, 'build.log').getText('UTF-8')
['specTemplate', 'specFormat', 'markupSyntax', 'prioritiesDocument'].each {
    assert log.contains("[INFO] ${it}: checked 5 files") : "${it} did not check the 5 files"
}
assert !(log =~ /(?m)^\[(ERROR|WARNING)\] \S+:\d+:\d+: /)
assert log.contains('[INFO] Specs site: 5 pages')
File site = new File(basedir, 'target/specs-site')
List<String> pages = []
site.eachFileRecurse { if (it.name.endsWith('.html')) pages << site.toPath().relativize(it.toPath()).toString() }
['publish-specs-as-html', 'spec-search', 'template', '2027.1-priorities'].each { String name ->
    assert pages.any { it.contains(name) } : "no page for ${name} in ${pages}"
}
String page = new File(site, pages.find { it.contains('publish-specs-as-html') }).getText('UTF-8')
assert page.contains('Publish the specs as HTML')
assert page.contains('Data model impact')
assert log.contains('BUILD SUCCESS')
