// The user-facing description of the policy file, included by the README and
// shown by the app; kept beside the code whose behaviour it states.

/** Markdown describing the policy YAML and what its version constraints mean. */
export const POLICY_DOC = `### Policy file

\`\`\`yaml
allowed_modules:
  - name: github.com/gin-gonic/gin
    version: "^1.9.0"
    critical: true            # a violation is an error (else a warning)
  - name: golang.org/x/crypto
    version: "v0.17.0 || v0.18.0"
    security_audited: true    # any other version is an error: the audit does not cover it
  - name: golang.org/x/**     # a name may be a glob
forbidden_modules: [github.com/pkg/errors, "github.com/evil/**"]
unlisted: direct              # direct | all | listed
max_depth: 4
max_modules: 150
\`\`\`

- **unlisted**: \`direct\` (default) - direct requirements must be on the allow list;
  \`all\` - every module in the build list must be; \`listed\` - only listed modules are checked.
- **Globs** (names and \`forbidden_modules\`): \`*\` matches within one path element, \`**\` across elements.
  An exact name wins over a glob; forbidden globs also match a module's replacement path.
- **max_depth**: requirement hops from the main module along the shortest path (\`go mod graph\`, selected versions).
  **max_modules**: modules in the build list besides the main module (what \`go list -m all\` lists).

#### Version constraints (Go semver order, \`v\` optional)

| constraint | matches |
| --- | --- |
| \`v1.2.3\`, \`1.2.3\` | exactly v1.2.3 (\`+incompatible\` is ignored, as Go ignores it) |
| \`1.2\`, \`1.2.x\` | v1.2.x (a prefix, like \`go get m@v1.2\`) |
| \`^1.9.0\` | >=v1.9.0 <v2.0.0; on 0.x the minor is fixed (\`^0.9.1\` = >=0.9.1 <0.10.0), on 0.0.x the patch |
| \`~1.9.0\` | >=v1.9.0 <v1.10.0 |
| \`>=1.2.0 <2.0.0\` | both must hold; operators \`>= > <= < =\` |
| \`a \\|\\| b\` | either |
| \`*\` or empty | any version |

Pseudo-versions (\`v1.9.1-0.20230101000000-abcdef123456\`) are prereleases in Go's order: above v1.9.0, below v1.9.1.
Comparators (\`>=\`, \`<\`, ...) match them by that order. \`^\`, \`~\` and exact or partial versions never match a
prerelease or pseudo-version unless the constraint itself names a prerelease (npm's rule): \`^1.9.0\` means released
versions. To admit pseudo-versions, write \`>=1.9.0 <2.0.0-0\` (\`<2.0.0\` would also admit v2.0.0's prereleases).
\`v2.3.0+incompatible\` is major 2: \`^2.0.0\` matches it, \`^1.9.0\` does not.
`;
