evaluate(new File(basedir, '../setup-generate/CopyGenerated.groovy'))
        .call(basedir, '../setup-generate-markdown/markdown-specs')
List<String> lines = new File(basedir, 'specs/template.md').getText('UTF-8').split('\n', -1) as List
int start = lines.indexOf('## Testing')
int end = lines.indexOf('## Upgrades and Backwards Compatibility')
assert start > 0 && end > start
List<String> broken = lines.subList(0, start) + lines.subList(end, lines.size())
new File(basedir, 'specs/approved/my-idea.md').setText(broken.join('\n'), 'UTF-8')
return true
