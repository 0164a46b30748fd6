// Import a report: placeholder screen until its issue lands.

export function ImportScreen() {
  return (
    <section aria-labelledby="screen-title">
      <h1 id="screen-title">Import a report</h1>
      <p>This part of Scrutiny Desk is not built yet.</p>
    </section>
  );
}
