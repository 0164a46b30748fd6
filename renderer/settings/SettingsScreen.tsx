// Settings: placeholder screen until its issue lands.

export function SettingsScreen() {
  return (
    <section aria-labelledby="screen-title">
      <h1 id="screen-title">Settings</h1>
      <p>This part of Scrutiny Desk is not built yet.</p>
    </section>
  );
}
