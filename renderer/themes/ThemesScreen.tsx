// Themes: placeholder screen until its issue lands.

export function ThemesScreen(_props: { theme: string | null }) {
  return (
    <section aria-labelledby="screen-title">
      <h1 id="screen-title">Themes</h1>
      <p>This part of Scrutiny Desk is not built yet.</p>
    </section>
  );
}
