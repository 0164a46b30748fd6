// Shows the member how themes were chosen: the starting rule table and their own rules from
// Settings, so a theme on a finding is never a mystery.
import { STARTING_THEME_RULES } from '../../shared/import/themes';
import type { ThemeRule } from '../../shared/model';

export function ThemeRulesNote({ memberRules }: { memberRules: readonly ThemeRule[] }) {
  const rules = [...STARTING_THEME_RULES, ...memberRules];
  return (
    <details className="theme-rules">
      <summary>How themes were chosen</summary>
      <p>
        A finding gets a theme when it uses one of that theme&rsquo;s words. Your own rules (from
        Settings) come last. You can change any finding&rsquo;s themes above before saving.
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col">Theme</th>
            <th scope="col">Words that place a finding in it</th>
          </tr>
        </thead>
        <tbody>
          {rules.map((rule, i) => (
            <tr key={`${rule.theme}-${i}`}>
              <th scope="row">{rule.theme}</th>
              <td>{rule.phrases.join(', ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
