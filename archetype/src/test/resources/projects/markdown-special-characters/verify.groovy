// basedir: this IT's folder; context.projectDir: the generated repository.
// The same special values in a Markdown repository: the specs, the site and the checks accept them.
def repository = evaluate(new File(basedir, '../generated-repository-checks.groovy'))
repository.check(context.projectDir, [projectName: '\u00C6r\u00F8 "Q" \'P\' & <x> $y #z \u00E9t\u00E9',
                                      trackerUrl: 'https://tracker.example.org/browse/SPEC-?a=1&b=2#x',
                                      release: 'v1-alpha', format: 'markdown',
                                      markdownName: '\u00C6r\u00F8 "Q" \'P\' \\& \\<x\\> $y #z \u00E9t\u00E9'])
// The site shows the name as it is: escaped in the source, never read as HTML.
def page = new File(context.projectDir, 'target/specs-site/README.html').getText('UTF-8')
assert page.contains('\u00C6r\u00F8 &quot;Q&quot; &#39;P&#39; &amp; &lt;x&gt; $y #z \u00E9t\u00E9 Specifications')
return true
