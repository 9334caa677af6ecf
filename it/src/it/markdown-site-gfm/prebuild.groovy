evaluate(new File(basedir, '../setup-generate/CopyGenerated.groovy'))
        .call(basedir, '../setup-generate-markdown/markdown-specs')
File spec = new File(basedir, 'specs/backlog/spec-search.md')
spec.setText(spec.getText('UTF-8') + '''
<details>
<summary>Search notes</summary>

Ranking follows the index[^ranking], ~~not the file order~~.

- [x] index titles
- [ ] index bodies

| Field | Weight |
|:------|-------:|
| title | 3 |

</details>

Written as is: [a label nobody defines].

[^ranking]: Titles weigh more than bodies.
''', 'UTF-8')
return true
